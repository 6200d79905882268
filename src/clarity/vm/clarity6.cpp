#include "clarity/vm/clarity6.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <utility>

#include "burnchain/bitcoin_tx.h"
#include "clarity/types/type_signature.h"
#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/native_checks.h"
#include "crypto/ed25519.h"
#include "crypto/hash.h"
#include "crypto/secp256k1.h"

namespace stacks::clarity::vm {
namespace {

using costs::CostFunction;
using Hash = std::array<uint8_t, 32>;

// The reference's VERIFY_MERKLE_PROOF_MAX_DEPTH: the type checker holds the siblings to (list 24 (buff 32)).
constexpr uint32_t kMerkleProofMaxDepth = 24;
// GET_BITCOIN_TX_OUTPUT_MAX_SCRIPT_LEN: the largest script get-bitcoin-tx-output? returns.
constexpr size_t kMaxOutputScriptBytes = 1024;

template <size_t N>
std::array<uint8_t, N> ToArray(const util::Bytes& bytes) {
  std::array<uint8_t, N> out{};
  std::copy_n(bytes.begin(), N, out.begin());
  return out;
}

// ceil(log2(count)) for count >= 2, else 0: the depth of a Bitcoin merkle tree over `count` transactions.
uint32_t CanonicalMerkleDepth(Uint128 count) {
  uint32_t depth = 0;
  for (Uint128 row = count; row > 1; row = (row + 1) >> 1) ++depth;
  return depth;
}

// The walk described in clarity6.h (verify-merkle-proof).
bool VerifyMerklePath(Hash leaf, const Hash& root, Uint128 index, Uint128 count, std::span<const Hash> siblings) {
  if (count == 0 || index >= count) return false;
  if (siblings.size() != CanonicalMerkleDepth(count)) return false;
  Hash current = leaf;
  Uint128 row_count = count;
  std::array<uint8_t, 64> pair{};
  for (const Hash& sibling : siblings) {
    if ((index | 1) >= row_count) {
      // The padding slot of an odd row: Bitcoin pairs the row's last node with itself, and only there.
      if ((row_count & 1) == 0 || index != row_count - 1 || sibling != current) return false;
    } else if (sibling == current) {
      // Two real adjacent subtrees never share a hash; this is a relocated last leaf (an inflated count).
      return false;
    }
    const bool current_is_right = (index & 1) == 1;
    std::copy(sibling.begin(), sibling.end(), pair.begin() + (current_is_right ? 0 : 32));
    std::copy(current.begin(), current.end(), pair.begin() + (current_is_right ? 32 : 0));
    current = crypto::DoubleSha256(pair);
    index >>= 1;
    row_count = (row_count + 1) >> 1;
  }
  return current == root;
}

util::Result<Value> ErrUInt(uint32_t code) { return Value::Err(Value::UInt(code)); }

}  // namespace

util::Result<Value> NativeVerifyMerkleProof(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(5, args.size()));
  STACKS_TRY(const util::Bytes* leaf, checks::ExactBuffer(args[0], 32));
  STACKS_TRY(const util::Bytes* root, checks::ExactBuffer(args[1], 32));
  STACKS_TRY(Uint128 index, checks::UInt(args[2]));
  STACKS_TRY(Uint128 count, checks::UInt(args[3]));
  if (args[4].kind() != Value::Kind::kList) {
    return checks::TypeValueError("(list " + std::to_string(kMerkleProofMaxDepth) + " (buff 32))", args[4]);
  }
  std::vector<Hash> siblings;
  siblings.reserve(args[4].Items().size());
  for (const Value& item : args[4].Items()) {
    // A sibling of another size is a proof that does not fit, not a type error.
    if (item.kind() != Value::Kind::kBuffer || item.AsBuffer().size() != 32) return Value::Bool(false);
    siblings.push_back(ToArray<32>(item.AsBuffer()));
  }
  return Value::Bool(VerifyMerklePath(ToArray<32>(*leaf), ToArray<32>(*root), index, count, siblings));
}

util::Result<Value> NativeGetBitcoinTxOutput(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(2, args.size()));
  if (args[0].kind() != Value::Kind::kBuffer) return checks::TypeValueError("(buff 1048576)", args[0]);
  STACKS_TRY(Uint128 vout, checks::UInt(args[1]));
  util::Result<burnchain::BitcoinTx> tx = burnchain::DeserializeBitcoinTx(args[0].AsBuffer());
  if (!tx) return ErrUInt(1);
  if (vout >= tx->outputs.size()) return ErrUInt(2);
  burnchain::TxOut& output = tx->outputs[static_cast<size_t>(vout)];
  if (output.script_pubkey.size() > kMaxOutputScriptBytes) return ErrUInt(3);
  const crypto::Hash256 txid = crypto::DoubleSha256(burnchain::SerializeBitcoinTxNoWitness(*tx));
  STACKS_TRY(Value script, Value::Buffer(std::move(output.script_pubkey)));
  STACKS_TRY(Value txid_value, Value::Buffer(util::Bytes(txid.begin(), txid.end())));
  std::vector<TupleEntry> entries;
  entries.push_back({"script", std::move(script)});
  entries.push_back({"amount", Value::UInt(output.value_sats)});
  entries.push_back({"txid", std::move(txid_value)});
  STACKS_TRY(Value tuple, Value::Tuple(std::move(entries)));
  return Value::Ok(std::move(tuple));
}

util::Result<Value> NativeEd25519Verify(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(3, args.size()));
  if (args[0].kind() != Value::Kind::kBuffer) return checks::TypeValueError("(buff 1048576)", args[0]);
  STACKS_TRY(const util::Bytes* signature, checks::ExactBuffer(args[1], 64));
  STACKS_TRY(const util::Bytes* key, checks::ExactBuffer(args[2], 32));
  const auto signature_bytes = ToArray<64>(*signature);
  const auto key_bytes = ToArray<32>(*key);
  return Value::Bool(crypto::Ed25519VerifyStrict(args[0].AsBuffer(), signature_bytes, key_bytes));
}

util::Result<Value> NativeSecp256k1Decompress(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(1, args.size()));
  STACKS_TRY(const util::Bytes* key_bytes, checks::ExactBuffer(args[0], 33));
  util::Result<crypto::PublicKey> key = crypto::PublicKey::Parse(*key_bytes);
  if (!key) return ErrUInt(1);
  STACKS_TRY(Value uncompressed, Value::Buffer(key->SerializeUncompressed()));
  return Value::Ok(std::move(uncompressed));
}

util::Result<Value> SpecialConcatV400(Args args, Environment& env, const LocalContext& context) {
  if (args.size() < 2) {
    return Unchecked("RequiresAtLeastArguments(2, " + std::to_string(args.size()) + ")");
  }
  std::vector<Value> values;
  values.reserve(args.size());
  uint64_t total_length = 0;
  for (const ast::SymbolicExpression& arg : args) {
    STACKS_TRY(Value value, Eval(arg, env, context));
    size_t length = 0;
    switch (value.kind()) {
      case Value::Kind::kList:
        length = value.Items().size();
        break;
      case Value::Kind::kBuffer:
        length = value.AsBuffer().size();
        break;
      case Value::Kind::kStringAscii:
        length = value.AsAscii().size();
        break;
      case Value::Kind::kStringUtf8:
        length = value.AsUtf8().size();
        break;
      default:
        STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kConcat, 1));
        return Unchecked("Unreachable(Expected sequence: " + TypeOf(value).ToString() + ")");
    }
    total_length += length;  // at most 2^20 per value: no overflow
    values.push_back(std::move(value));
  }
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kConcat, total_length));

  const Value::Kind kind = values.front().kind();
  for (const Value& value : values) {
    if (value.kind() != kind) {
      return Unchecked("TypeError(" + TypeOf(values.front()).ToString() + ", " + TypeOf(value).ToString() + ")");
    }
  }
  switch (kind) {
    case Value::Kind::kList: {
      // ListData::append, one argument at a time: entry types joined, maximum lengths added.
      TypeSignature entry = TypeOf(values.front()).inner();
      uint64_t max_length = TypeOf(values.front()).length();
      std::vector<Value> items;
      items.reserve(total_length);
      for (size_t i = 0; i < values.size(); ++i) {
        if (i > 0) {
          const TypeSignature type = TypeOf(values[i]);
          if (entry.IsNoType()) {
            entry = type.inner();
          } else if (!type.inner().IsNoType()) {
            util::Result<TypeSignature> joined = LeastSupertype(entry, type.inner());
            if (!joined) return Unchecked("ListTypesMustMatch");
            entry = std::move(joined).value();
          }
          max_length += type.length();
        }
        for (const Value& item : values[i].Items()) items.push_back(item);
      }
      if (max_length > UINT32_MAX) return Unchecked("ValueTooLarge");
      util::Result<TypeSignature> list_type = TypeSignature::List(entry, static_cast<uint32_t>(max_length));
      if (!list_type) return Unchecked("ValueTooLarge");
      util::Result<Value> list = Value::ListWithType(std::move(items), *list_type);
      if (!list) return Unchecked("ListTypesMustMatch");
      return list;
    }
    case Value::Kind::kBuffer: {
      util::Bytes bytes;
      bytes.reserve(total_length);
      for (const Value& value : values) bytes.insert(bytes.end(), value.AsBuffer().begin(), value.AsBuffer().end());
      return Value::Buffer(std::move(bytes));
    }
    case Value::Kind::kStringAscii: {
      std::string text;
      text.reserve(total_length);
      for (const Value& value : values) text += value.AsAscii();
      return Value::StringAscii(std::move(text));
    }
    default: {
      std::u32string text;
      text.reserve(total_length);
      for (const Value& value : values) text += value.AsUtf8();
      return Value::StringUtf8FromCodePoints(std::move(text));
    }
  }
}

}  // namespace stacks::clarity::vm
