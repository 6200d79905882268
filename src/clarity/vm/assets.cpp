#include "clarity/vm/assets.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "clarity/storage/keys.h"
#include "clarity/types/serialization.h"
#include "clarity/vm/database.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/events.h"
#include "clarity/vm/native_checks.h"

namespace stacks::clarity::vm {

using ast::SymbolicExpression;
using costs::CostFunction;

namespace {

// --- storage ---------------------------------------------------------------------------------------------------

std::string DecimalText(Uint128 v) {
  if (v == 0) return "0";
  std::string out;
  while (v != 0) {
    out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  return out;
}

// A stored u128 (serde JSON: decimal digits). Errors: kCorruption.
util::Result<Uint128> ParseDecimal(const std::string& text, const std::string& key) {
  Uint128 v = 0;
  bool ok = !text.empty() && text.size() <= 39;
  for (char c : text) {
    if (!ok) break;
    ok = c >= '0' && c <= '9' && !__builtin_mul_overflow(v, Uint128{10}, &v) &&
         !__builtin_add_overflow(v, Uint128(c - '0'), &v);
  }
  if (!ok) return util::Corruption("bad token amount stored under " + key);
  return v;
}

AssetIdentifier Asset(const ContractContext& contract, const std::string& token) {
  return AssetIdentifier{contract.identifier, token};
}

util::Result<Uint128> GetSupply(Environment& env, const ContractContext& contract, const std::string& token) {
  const std::string key = storage::FtSupplyKey(contract.identifier, token);
  STACKS_TRY(std::optional<std::string> stored, env.store().Get(key));
  // The reference's internal error "failed to track token supply": the definition always writes it, so only a read
  // at-block of a block before the definition finds none.
  if (!stored) {
    return InterpreterError("Expect(no supply stored for token " + Asset(contract, token).ToString() +
                            ": read at a block before its definition?)");
  }
  return ParseDecimal(*stored, key);
}

util::Status PutSupply(Environment& env, const ContractContext& contract, const std::string& token, Uint128 supply) {
  return env.store().Put(storage::FtSupplyKey(contract.identifier, token), DecimalText(supply));
}

util::Result<Uint128> GetBalance(Environment& env, const ContractContext& contract, const std::string& token,
                                 const codec::Principal& owner) {
  const std::string key = storage::FtBalanceKey(contract.identifier, token, owner);
  STACKS_TRY(std::optional<std::string> stored, env.store().Get(key));
  if (!stored) return Uint128{0};
  return ParseDecimal(*stored, key);
}

util::Status PutBalance(Environment& env, const ContractContext& contract, const std::string& token,
                        const codec::Principal& owner, Uint128 balance) {
  return env.store().Put(storage::FtBalanceKey(contract.identifier, token, owner), DecimalText(balance));
}

// The owner of `asset`, or nullopt if it does not exist (never minted, or burned).
util::Result<std::optional<codec::Principal>> GetOwner(Environment& env, const ContractContext& contract,
                                                       const std::string& token, const Value& asset) {
  const std::string key = storage::NftOwnerKey(contract.identifier, token, asset);
  STACKS_TRY(std::optional<std::string> stored, env.store().Get(key));
  if (!stored) return std::optional<codec::Principal>();
  DeserializeOptions options;
  STACKS_TRY(options.expected_type, TypeSignature::Optional(TypeSignature::Principal()));
  util::Result<Value> owner = DeserializeValueHex(*stored, options);
  if (!owner) return util::Corruption("bad owner stored under " + key + ": " + owner.error().message);
  if (!owner->IsSome()) return std::optional<codec::Principal>();
  const Value& principal = owner->Inner();
  if (principal.kind() != Value::Kind::kPrincipal && principal.kind() != Value::Kind::kContract) {
    return util::Corruption("bad owner stored under " + key);
  }
  return std::optional<codec::Principal>(PrincipalOf(principal));
}

util::Status PutOwner(Environment& env, const ContractContext& contract, const std::string& token, const Value& asset,
                      const std::optional<codec::Principal>& owner) {
  Value stored = Value::None();
  if (owner) {
    STACKS_TRY(stored, Value::Some(PrincipalValue(*owner)));
  }
  return env.store().Put(storage::NftOwnerKey(contract.identifier, token, asset), SerializeValueToHex(stored));
}

// --- arguments -------------------------------------------------------------------------------------------------

util::Result<const ContractContext*> RunningContract(Environment& env) {
  if (env.contract() == nullptr) return InterpreterError("Expect(token natives need a contract)");
  return env.contract();
}

// The cap of fungible token `token` of the running contract. Errors: Unchecked(NoSuchFT(token)).
util::Result<std::optional<Uint128>> FtCap(const ContractContext& contract, const std::string& token) {
  auto it = contract.fungible_tokens.find(token);
  if (it == contract.fungible_tokens.end()) return Unchecked("NoSuchFT(" + token + ")");
  return it->second;
}

util::Result<const TypeSignature*> NftType(const ContractContext& contract, const std::string& token) {
  auto it = contract.non_fungible_tokens.find(token);
  if (it == contract.non_fungible_tokens.end()) return Unchecked("NoSuchNFT(" + token + ")");
  return &it->second;
}

util::Result<Value> OkTrue() { return Value::Ok(Value::Bool(true)); }
util::Result<Value> ErrCode(uint8_t code) { return Value::Err(Value::UInt(code)); }

// The head of every token native: the running contract and the token's name.
struct Token {
  const ContractContext* contract = nullptr;
  std::string name;
};

util::Result<Token> TokenOf(const SymbolicExpression& e, Environment& env) {
  STACKS_TRY(std::string name, checks::Atom(e, "BadTokenName"));
  STACKS_TRY(const ContractContext* contract, RunningContract(env));
  return Token{contract, std::move(name)};
}

// The evaluated asset of an NFT native, charged `function` at its serialized size (at the token's type size in Epoch
// 2.0, the reference's *_v200) and checked against the token's type (charge, then check).
struct Nft {
  Token token;
  const TypeSignature* type = nullptr;
};

// The size an NFT native charges and counts `asset` at: the token's type size in Epoch 2.0 (the reference's *_v200),
// the asset's serialized size from 2.05.
uint64_t AssetSize(const Environment& env, const Nft& nft, const Value& asset) {
  return env.epoch() < costs::Epoch::k2_05 ? nft.type->Size() : SerializedSize(asset);
}

util::Status ChargeAndCheckAsset(Environment& env, const Nft& nft, CostFunction function, const Value& asset) {
  STACKS_RETURN_IF_ERROR(env.Charge(function, AssetSize(env, nft, asset)));
  return CheckAdmits(*nft.type, asset);
}

// Memory the token natives count until the transaction ends, as the reference's add_memory calls in its asset
// natives (it never drops them): an owner is a principal's type size, a balance a uint's. Each amount is added on
// its own, in the reference's order, so that the total reported past the limit is the same.
constexpr uint64_t kPrincipalMemory = 148;  // TypeSignature::PrincipalType.size()
constexpr uint64_t kBalanceMemory = 16;     // TypeSignature::UIntType.size()

// What an NFT native counts when it writes an owner: the owner and the asset (at AssetSize).
util::Status CountOwnerWrite(Environment& env, const Nft& nft, const Value& asset) {
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(kPrincipalMemory));
  return env.global().AddMemory(AssetSize(env, nft, asset));
}

// What ft-mint? and ft-burn? count when they write a balance: its owner and the balance.
util::Status CountBalanceWrite(Environment& env) {
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(kPrincipalMemory));
  return env.global().AddMemory(kBalanceMemory);
}

util::Result<Nft> NftOf(const Token& token) {
  STACKS_TRY(const TypeSignature* type, NftType(*token.contract, token.name));
  return Nft{token, type};
}

}  // namespace

// --- definitions -----------------------------------------------------------------------------------------------

util::Status DefineFungibleToken(Args args, Environment& env, ContractContext& contract,
                                 const StoredDefinitions* stored) {
  if (args.empty()) return Unchecked("RequiresAtLeastArguments(1, 0)");
  STACKS_TRY(std::string name, checks::Atom(args[0], "ExpectedName"));
  if (args.size() > 2) return Unchecked("IncorrectArgumentCount(1, " + std::to_string(args.size()) + ")");
  if (contract.IsNameUsed(name)) return Unchecked("NameAlreadyUsed(" + name + ")");
  std::optional<Uint128> cap;
  if (stored != nullptr) {
    auto it = stored->fungible_tokens.find(name);
    if (it == stored->fungible_tokens.end()) return util::Corruption("stored contract lacks token " + name);
    cap = it->second;
  } else {
    if (args.size() == 2) {
      STACKS_TRY(Value value, EvalBorrowed(args[1], env, LocalContext()));
      STACKS_TRY(Uint128 total, checks::UInt(value));
      cap = total;
    }
    STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kCreateFt, 0));
    // The supply's type counts as memory until the transaction ends.
    STACKS_TRY(uint32_t supply_type_size, TypeSignature::UInt().TypeSize());
    STACKS_RETURN_IF_ERROR(env.global().AddMemory(supply_type_size));
    STACKS_RETURN_IF_ERROR(PutSupply(env, contract, name, 0));
  }
  contract.fungible_tokens.insert_or_assign(std::move(name), cap);
  return {};
}

util::Status DefineNonFungibleToken(Args args, Environment& env, ContractContext& contract) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(2, args.size()));
  STACKS_TRY(std::string name, checks::Atom(args[0], "ExpectedName"));
  if (contract.IsNameUsed(name)) return Unchecked("NameAlreadyUsed(" + name + ")");
  STACKS_TRY(TypeSignature type, ParseTypeSignature(args[1], env));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kCreateNft, type.Size()));
  // The asset's type counts as memory until the transaction ends.
  STACKS_TRY(uint32_t asset_type_size, type.TypeSize());
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(asset_type_size));
  contract.non_fungible_tokens.insert_or_assign(std::move(name), std::move(type));
  return {};
}

// --- fungible tokens -------------------------------------------------------------------------------------------

util::Result<Value> SpecialFtMint(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(3, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kFtMint, 0));
  STACKS_TRY(Token token, TokenOf(args[0], env));
  STACKS_TRY(Value amount_value, EvalBorrowed(args[1], env, context));
  STACKS_TRY(Value to_value, EvalBorrowed(args[2], env, context));
  STACKS_TRY(Uint128 amount, checks::UInt(amount_value));
  STACKS_TRY(codec::Principal to, checks::Principal(to_value));
  if (amount == 0) return ErrCode(1);
  STACKS_TRY(std::optional<Uint128> cap, FtCap(*token.contract, token.name));
  STACKS_TRY(Uint128 supply, GetSupply(env, *token.contract, token.name));
  Uint128 new_supply = 0;
  if (__builtin_add_overflow(supply, amount, &new_supply)) return RuntimeError("ArithmeticOverflow");
  if (cap && new_supply > *cap) {
    return RuntimeError("SupplyOverflow(" + DecimalText(new_supply) + ", " + DecimalText(*cap) + ")");
  }
  STACKS_RETURN_IF_ERROR(PutSupply(env, *token.contract, token.name, new_supply));
  STACKS_TRY(Uint128 balance, GetBalance(env, *token.contract, token.name, to));
  Uint128 new_balance = 0;
  if (__builtin_add_overflow(balance, amount, &new_balance)) return RuntimeError("ArithmeticOverflow");
  STACKS_RETURN_IF_ERROR(CountBalanceWrite(env));
  STACKS_RETURN_IF_ERROR(PutBalance(env, *token.contract, token.name, to, new_balance));
  STACKS_RETURN_IF_ERROR(env.global().EmitEvent(FtMintEvent{Asset(*token.contract, token.name), to, amount}));
  return OkTrue();
}

util::Result<Value> SpecialFtTransfer(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(4, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kFtTransfer, 0));
  STACKS_TRY(Token token, TokenOf(args[0], env));
  STACKS_TRY(Value amount_value, EvalBorrowed(args[1], env, context));
  STACKS_TRY(Value from_value, EvalBorrowed(args[2], env, context));
  STACKS_TRY(Value to_value, EvalBorrowed(args[3], env, context));
  STACKS_TRY(Uint128 amount, checks::UInt(amount_value));
  STACKS_TRY(codec::Principal from, checks::Principal(from_value));
  STACKS_TRY(codec::Principal to, checks::Principal(to_value));
  if (amount == 0) return ErrCode(3);
  if (from == to) return ErrCode(2);
  STACKS_RETURN_IF_ERROR(FtCap(*token.contract, token.name));
  STACKS_TRY(Uint128 from_balance, GetBalance(env, *token.contract, token.name, from));
  if (from_balance < amount) return ErrCode(1);
  STACKS_TRY(Uint128 to_balance, GetBalance(env, *token.contract, token.name, to));
  Uint128 new_to_balance = 0;
  if (__builtin_add_overflow(to_balance, amount, &new_to_balance)) return RuntimeError("ArithmeticOverflow");
  // Both owners, then both balances.
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(kPrincipalMemory));
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(kPrincipalMemory));
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(kBalanceMemory));
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(kBalanceMemory));
  STACKS_RETURN_IF_ERROR(PutBalance(env, *token.contract, token.name, from, from_balance - amount));
  STACKS_RETURN_IF_ERROR(PutBalance(env, *token.contract, token.name, to, new_to_balance));
  const AssetIdentifier asset = Asset(*token.contract, token.name);
  STACKS_RETURN_IF_ERROR(env.global().asset_map().AddTokenTransfer(from, asset, amount));
  STACKS_RETURN_IF_ERROR(env.global().EmitEvent(FtTransferEvent{asset, from, to, amount}));
  return OkTrue();
}

util::Result<Value> SpecialFtBurn(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(3, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kFtBurn, 0));
  STACKS_TRY(Token token, TokenOf(args[0], env));
  STACKS_TRY(Value amount_value, EvalBorrowed(args[1], env, context));
  STACKS_TRY(Value from_value, EvalBorrowed(args[2], env, context));
  STACKS_TRY(Uint128 amount, checks::UInt(amount_value));
  STACKS_TRY(codec::Principal from, checks::Principal(from_value));
  if (amount == 0) return ErrCode(1);
  STACKS_RETURN_IF_ERROR(FtCap(*token.contract, token.name));
  STACKS_TRY(Uint128 balance, GetBalance(env, *token.contract, token.name, from));
  if (amount > balance) return ErrCode(1);
  STACKS_TRY(Uint128 supply, GetSupply(env, *token.contract, token.name));
  // Unreachable while balances add up to the supply; the reference's SupplyUnderflow(supply, amount).
  if (amount > supply) return RuntimeError("SupplyUnderflow(" + DecimalText(supply) + ", " + DecimalText(amount) + ")");
  STACKS_RETURN_IF_ERROR(PutSupply(env, *token.contract, token.name, supply - amount));
  STACKS_RETURN_IF_ERROR(PutBalance(env, *token.contract, token.name, from, balance - amount));
  const AssetIdentifier asset = Asset(*token.contract, token.name);
  STACKS_RETURN_IF_ERROR(env.global().EmitEvent(FtBurnEvent{asset, from, amount}));
  // Counted after the writes and the event, where the reference counts it.
  STACKS_RETURN_IF_ERROR(CountBalanceWrite(env));
  STACKS_RETURN_IF_ERROR(env.global().asset_map().AddTokenTransfer(from, asset, amount));
  return OkTrue();
}

util::Result<Value> SpecialFtGetBalance(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(2, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kFtBalance, 0));
  STACKS_TRY(Token token, TokenOf(args[0], env));
  STACKS_TRY(Value owner_value, EvalBorrowed(args[1], env, context));
  STACKS_TRY(codec::Principal owner, checks::Principal(owner_value));
  STACKS_RETURN_IF_ERROR(FtCap(*token.contract, token.name));
  STACKS_TRY(Uint128 balance, GetBalance(env, *token.contract, token.name, owner));
  return Value::UInt(balance);
}

util::Result<Value> SpecialFtGetSupply(Args args, Environment& env, const LocalContext& /*context*/) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(1, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kFtGetSupply, 0));
  STACKS_TRY(Token token, TokenOf(args[0], env));
  STACKS_RETURN_IF_ERROR(FtCap(*token.contract, token.name));
  STACKS_TRY(Uint128 supply, GetSupply(env, *token.contract, token.name));
  return Value::UInt(supply);
}

// --- non-fungible tokens ---------------------------------------------------------------------------------------

util::Result<Value> SpecialNftMint(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(3, args.size()));
  STACKS_TRY(Token token, TokenOf(args[0], env));
  STACKS_TRY(EvaluatedRef asset_ref, EvalRef(args[1], env, context));
  const Value& asset = asset_ref.value;
  STACKS_TRY(Value to_value, EvalBorrowed(args[2], env, context));
  STACKS_TRY(Nft nft, NftOf(token));
  STACKS_RETURN_IF_ERROR(ChargeAndCheckAsset(env, nft, CostFunction::kNftMint, asset));
  STACKS_TRY(codec::Principal to, checks::Principal(to_value));
  STACKS_TRY(std::optional<codec::Principal> owner, GetOwner(env, *token.contract, token.name, asset));
  if (owner) return ErrCode(1);
  STACKS_RETURN_IF_ERROR(CountOwnerWrite(env, nft, asset));
  STACKS_RETURN_IF_ERROR(PutOwner(env, *token.contract, token.name, asset, to));
  STACKS_RETURN_IF_ERROR(TakeRef(asset_ref, env));
  STACKS_RETURN_IF_ERROR(env.global().EmitEvent(NftMintEvent{Asset(*token.contract, token.name), to, asset}));
  return OkTrue();
}

util::Result<Value> SpecialNftTransfer(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(4, args.size()));
  STACKS_TRY(Token token, TokenOf(args[0], env));
  STACKS_TRY(EvaluatedRef asset_ref, EvalRef(args[1], env, context));
  const Value& asset = asset_ref.value;
  STACKS_TRY(Value from_value, EvalBorrowed(args[2], env, context));
  STACKS_TRY(Value to_value, EvalBorrowed(args[3], env, context));
  STACKS_TRY(Nft nft, NftOf(token));
  STACKS_RETURN_IF_ERROR(ChargeAndCheckAsset(env, nft, CostFunction::kNftTransfer, asset));
  STACKS_TRY(codec::Principal from, checks::Principal(from_value));
  STACKS_TRY(codec::Principal to, checks::Principal(to_value));
  if (from == to) return ErrCode(2);
  STACKS_TRY(std::optional<codec::Principal> owner, GetOwner(env, *token.contract, token.name, asset));
  if (!owner) return ErrCode(3);
  if (*owner != from) return ErrCode(1);
  STACKS_RETURN_IF_ERROR(CountOwnerWrite(env, nft, asset));
  STACKS_RETURN_IF_ERROR(PutOwner(env, *token.contract, token.name, asset, to));
  STACKS_RETURN_IF_ERROR(TakeRef(asset_ref, env));
  const AssetIdentifier id = Asset(*token.contract, token.name);
  env.global().asset_map().AddAssetTransfer(from, id, asset);
  STACKS_RETURN_IF_ERROR(env.global().EmitEvent(NftTransferEvent{id, from, to, asset}));
  return OkTrue();
}

util::Result<Value> SpecialNftBurn(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(3, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kNftBurn, 0));
  STACKS_TRY(Token token, TokenOf(args[0], env));
  STACKS_TRY(EvaluatedRef asset_ref, EvalRef(args[1], env, context));
  const Value& asset = asset_ref.value;
  STACKS_TRY(Value from_value, EvalBorrowed(args[2], env, context));
  STACKS_TRY(Nft nft, NftOf(token));
  STACKS_RETURN_IF_ERROR(ChargeAndCheckAsset(env, nft, CostFunction::kNftBurn, asset));
  STACKS_TRY(codec::Principal from, checks::Principal(from_value));
  STACKS_TRY(std::optional<codec::Principal> owner, GetOwner(env, *token.contract, token.name, asset));
  if (!owner) return ErrCode(3);
  if (*owner != from) return ErrCode(1);
  STACKS_RETURN_IF_ERROR(CountOwnerWrite(env, nft, asset));
  STACKS_RETURN_IF_ERROR(PutOwner(env, *token.contract, token.name, asset, std::nullopt));
  STACKS_RETURN_IF_ERROR(TakeRef(asset_ref, env));
  const AssetIdentifier id = Asset(*token.contract, token.name);
  env.global().asset_map().AddAssetTransfer(from, id, asset);
  STACKS_RETURN_IF_ERROR(env.global().EmitEvent(NftBurnEvent{id, from, asset}));
  return OkTrue();
}

util::Result<Value> SpecialNftGetOwner(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(2, args.size()));
  STACKS_TRY(Token token, TokenOf(args[0], env));
  STACKS_TRY(EvaluatedRef asset_ref, EvalRef(args[1], env, context));
  const Value& asset = asset_ref.value;
  STACKS_TRY(Nft nft, NftOf(token));
  STACKS_RETURN_IF_ERROR(ChargeAndCheckAsset(env, nft, CostFunction::kNftOwner, asset));
  STACKS_TRY(std::optional<codec::Principal> owner, GetOwner(env, *token.contract, token.name, asset));
  if (!owner) return Value::None();
  return Value::Some(PrincipalValue(*owner));
}

}  // namespace stacks::clarity::vm
