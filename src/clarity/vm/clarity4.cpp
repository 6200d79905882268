#include "clarity/vm/clarity4.h"

#include <string>

#include "clarity/storage/keys.h"
#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/native_checks.h"
#include "codec/stacks_address.h"
#include "util/hex.h"

namespace stacks::clarity::vm {
namespace {

using costs::CostFunction;

// What the type checker admits for to-ascii?, as the reference names it.
constexpr std::string_view kToAsciiTypes = "[int, uint, bool, principal, (buff 524284), (string-utf8 262144)]";

util::Result<Value> AsciiOk(std::string text) {
  STACKS_TRY(Value ascii, Value::StringAscii(std::move(text)));
  return Value::Ok(std::move(ascii));
}

}  // namespace

util::Result<Value> SpecialContractHash(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(1, args.size()));
  STACKS_TRY(Value contract, EvalBorrowed(args[0], env, context));
  if (contract.kind() == Value::Kind::kPrincipal) return Value::Err(Value::UInt(1));
  if (contract.kind() == Value::Kind::kCallable) {
    return RuntimeCheckError("ExpectedContractPrincipalValue(" + ToReferenceString(contract) + ")");
  }
  if (contract.kind() != Value::Kind::kContract) return checks::TypeValueError("principal", contract);
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kContractHash, 0));
  STACKS_TRY(std::optional<std::string> commitment, env.store().Get(storage::ContractHashKey(contract.AsContract())));
  if (!commitment) return Value::Err(Value::UInt(2));
  // ContractCommitment: the hash (64 hex digits), then the block height (8).
  if (commitment->size() != 72) return util::Corruption("contract commitment of " + contract.AsContract().ToString());
  auto hash = util::FromHex(std::string_view(*commitment).substr(0, 64));
  if (!hash) return util::Corruption("contract commitment of " + contract.AsContract().ToString());
  STACKS_TRY(Value buffer, Value::Buffer(std::move(hash).value()));
  return Value::Ok(std::move(buffer));
}

util::Result<Value> SpecialToAscii(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(1, args.size()));
  STACKS_TRY(Value value, EvalBorrowed(args[0], env, context));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kToAscii, ValueSize(value)));
  switch (value.kind()) {
    case Value::Kind::kInt:
      return AsciiOk(Int128ToString(value.AsInt()));
    case Value::Kind::kUInt:
      return AsciiOk("u" + Uint128ToString(value.AsUInt()));
    case Value::Kind::kBool:
      return AsciiOk(value.AsBool() ? "true" : "false");
    case Value::Kind::kPrincipal:
    case Value::Kind::kContract:
      return AsciiOk(codec::PrincipalToString(PrincipalOf(value)));
    case Value::Kind::kBuffer:
      return AsciiOk("0x" + util::ToHex(value.AsBuffer()));
    case Value::Kind::kStringUtf8: {
      // Every character must be one string-ascii allows.
      util::Result<Value> ascii = Value::StringAscii(value.Utf8Bytes());
      if (!ascii) return Value::Err(Value::UInt(1));
      return Value::Ok(std::move(ascii).value());
    }
    case Value::Kind::kCallable:
      return RuntimeCheckError("UnionTypeValueError(" + std::string(kToAsciiTypes) + ", " + ToReferenceString(value) +
                               ")");
    default:
      break;
  }
  return Unchecked("UnionTypeValueError(" + std::string(kToAsciiTypes) + ", " + ToReferenceString(value) + ")");
}

}  // namespace stacks::clarity::vm
