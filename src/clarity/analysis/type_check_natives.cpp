// The natives the type checker knows, by name and Clarity version (stacks-core clarity/src/vm/functions/mod.rs
// NativeFunctions and clarity/src/vm/variables.rs NativeVariables), and the checks of the special forms of
// clarity/src/vm/analysis/type_checker/v2_1/natives/mod.rs: list, tuple, get, merge, let, begin, if, is-eq, print,
// as-contract, at-block, var-get, var-set, contract-call?, contract-of, principal-of?, principal-construct?, the
// signature checks, the block-info functions and the Bitcoin natives; with v2_05/natives/mod.rs's list and tuple
// (no size guards) and its simple stx-transfer? before Epoch 2.1.
#include <unordered_map>

#include "clarity/analysis/type_checker_impl.h"
#include "clarity/analysis/type_checker_natives.h"
#include "clarity/types/limits.h"

namespace stacks::clarity::analysis::detail {

namespace {

using TKind = TypeSignature::Kind;
constexpr ClarityVersion k1 = ClarityVersion::kClarity1;
constexpr ClarityVersion k2 = ClarityVersion::kClarity2;
constexpr ClarityVersion k3 = ClarityVersion::kClarity3;
constexpr ClarityVersion k4 = ClarityVersion::kClarity4;
constexpr ClarityVersion k5 = ClarityVersion::kClarity5;
constexpr ClarityVersion k6 = ClarityVersion::kClarity6;
constexpr ClarityVersion kLatest = ClarityVersion::kClarity6;

TypeSignature Must(util::Result<TypeSignature> t) {
  if (!t) std::abort();  // Our own constant types: cannot fail.
  return std::move(*t);
}

TypeSignature Response(TypeSignature ok, TypeSignature err) { return Must(NewResponse(std::move(ok), std::move(err))); }
TypeSignature Optional(TypeSignature inner) { return Must(NewOptional(std::move(inner))); }
TypeSignature Tuple(std::vector<TupleFieldType> fields) { return Must(NewTuple(std::move(fields))); }

// --- Simple natives ---------------------------------------------------------------------------------------------

FunctionType Of(FunctionType::Kind kind) {
  FunctionType f;
  f.kind = kind;
  return f;
}

FunctionType Fixed(std::vector<TypeSignature> args, TypeSignature returns) {
  FunctionType f;
  f.kind = FunctionType::Kind::kFixed;
  f.args = std::move(args);
  f.returns = std::move(returns);
  return f;
}

FunctionType UnionArgs(std::vector<TypeSignature> args, TypeSignature returns) {
  FunctionType f;
  f.kind = FunctionType::Kind::kUnionArgs;
  f.args = std::move(args);
  f.returns = std::move(returns);
  return f;
}

struct SimpleTypes {
  FunctionType arithmetic_variadic = Of(FunctionType::Kind::kArithmeticVariadic);
  FunctionType arithmetic_comparison = Of(FunctionType::Kind::kArithmeticComparison);
  FunctionType arithmetic_unary = Of(FunctionType::Kind::kArithmeticUnary);
  FunctionType arithmetic_binary = Of(FunctionType::Kind::kArithmeticBinary);
  FunctionType bit_shift;
  FunctionType boolean_variadic;
  FunctionType to_uint, to_int, is_standard, buff_to_int, buff_to_uint, string_to_int, string_to_uint;
  FunctionType int_to_ascii, int_to_utf8, not_;
  FunctionType hash160, sha256, sha512_256, sha512, keccak256;
  FunctionType stx_get_balance, principal_destruct, stx_account, stx_burn, contract_hash;
  FunctionType stx_transfer_before_21;  ///< TypeChecker2_05's stx-transfer?: a fixed function.

  SimpleTypes() {
    const CommonTypes& t = Types();
    const TypeSignature i = TypeSignature::Int();
    const TypeSignature u = TypeSignature::UInt();
    const TypeSignature b = TypeSignature::Bool();
    const TypeSignature p = TypeSignature::Principal();
    bit_shift.kind = FunctionType::Kind::kBinary;
    bit_shift.args = {i, u};
    bit_shift.args_union = true;
    bit_shift.second = {u};
    bit_shift.return_arg = 0;
    boolean_variadic.kind = FunctionType::Kind::kVariadic;
    boolean_variadic.args = {b};
    boolean_variadic.returns = b;
    to_uint = Fixed({i}, u);
    to_int = Fixed({u}, i);
    is_standard = Fixed({p}, b);
    buff_to_int = Fixed({t.buffer_16}, i);
    buff_to_uint = Fixed({t.buffer_16}, u);
    string_to_int = UnionArgs({t.ascii_max, t.utf8_max}, Optional(i));
    string_to_uint = UnionArgs({t.ascii_max, t.utf8_max}, Optional(u));
    int_to_ascii = UnionArgs({i, u}, t.ascii_40);
    int_to_utf8 = UnionArgs({i, u}, t.utf8_40);
    not_ = Fixed({b}, b);
    hash160 = UnionArgs({t.buffer_max, u, i}, t.buffer_20);
    sha256 = UnionArgs({t.buffer_max, u, i}, t.buffer_32);
    sha512_256 = UnionArgs({t.buffer_max, u, i}, t.buffer_32);
    sha512 = UnionArgs({t.buffer_max, u, i}, t.buffer_64);
    keccak256 = UnionArgs({t.buffer_max, u, i}, t.buffer_32);
    stx_get_balance = Fixed({p}, u);
    TypeSignature destructed =
        Tuple({{"version", t.buffer_1}, {"hash-bytes", t.buffer_20}, {"name", Optional(t.ascii_contract_name)}});
    principal_destruct = Fixed({p}, Response(destructed, destructed));
    stx_account = Fixed({p}, Tuple({{"unlocked", u}, {"locked", u}, {"unlock-height", u}}));
    stx_burn = Fixed({u, p}, Response(b, u));
    stx_transfer_before_21 = Fixed({u, p, p}, Response(b, u));
    contract_hash = Fixed({p}, Response(t.buffer_32, u));
  }
};

const SimpleTypes& Simple() {
  static const SimpleTypes types;
  return types;
}

// --- The table ------------------------------------------------------------------------------------------------------

std::vector<NativeFunction> BuildNatives() {
  const SimpleTypes& s = Simple();
  auto simple = [](std::string_view name, ClarityVersion min, ClarityVersion max, const FunctionType& f) {
    return NativeFunction{name, min, max, nullptr, &f};
  };
  auto special = [](std::string_view name, ClarityVersion min, ClarityVersion max, SpecialCheck check,
                    const FunctionType* simple_before_21 = nullptr) {
    return NativeFunction{name, min, max, check, nullptr, simple_before_21};
  };
  return {
      simple("+", k1, kLatest, s.arithmetic_variadic),
      simple("-", k1, kLatest, s.arithmetic_variadic),
      simple("*", k1, kLatest, s.arithmetic_variadic),
      simple("/", k1, kLatest, s.arithmetic_variadic),
      simple(">=", k1, kLatest, s.arithmetic_comparison),
      simple("<=", k1, kLatest, s.arithmetic_comparison),
      simple("<", k1, kLatest, s.arithmetic_comparison),
      simple(">", k1, kLatest, s.arithmetic_comparison),
      simple("to-int", k1, kLatest, s.to_int),
      simple("to-uint", k1, kLatest, s.to_uint),
      simple("mod", k1, kLatest, s.arithmetic_binary),
      simple("pow", k1, kLatest, s.arithmetic_binary),
      simple("sqrti", k1, kLatest, s.arithmetic_unary),
      simple("log2", k1, kLatest, s.arithmetic_unary),
      simple("xor", k1, kLatest, s.arithmetic_binary),
      simple("and", k1, kLatest, s.boolean_variadic),
      simple("or", k1, kLatest, s.boolean_variadic),
      simple("not", k1, kLatest, s.not_),
      special("is-eq", k1, kLatest, CheckEquals),
      special("if", k1, kLatest, CheckIf),
      special("let", k1, kLatest, CheckLet),
      special("map", k1, kLatest, CheckMap),
      special("fold", k1, kLatest, CheckFold),
      special("append", k1, kLatest, CheckAppend),
      special("concat", k1, kLatest, CheckConcat),
      special("as-max-len?", k1, kLatest, CheckAsMaxLen),
      special("len", k1, kLatest, CheckLen),
      special("element-at", k1, kLatest, CheckElementAt),
      special("element-at?", k2, kLatest, CheckElementAt),
      special("index-of", k1, kLatest, CheckIndexOf),
      special("index-of?", k2, kLatest, CheckIndexOf),
      simple("buff-to-int-le", k2, kLatest, s.buff_to_int),
      simple("buff-to-uint-le", k2, kLatest, s.buff_to_uint),
      simple("buff-to-int-be", k2, kLatest, s.buff_to_int),
      simple("buff-to-uint-be", k2, kLatest, s.buff_to_uint),
      simple("is-standard", k2, kLatest, s.is_standard),
      simple("principal-destruct?", k2, kLatest, s.principal_destruct),
      special("principal-construct?", k2, kLatest, CheckPrincipalConstruct),
      simple("string-to-int?", k2, kLatest, s.string_to_int),
      simple("string-to-uint?", k2, kLatest, s.string_to_uint),
      simple("int-to-ascii", k2, kLatest, s.int_to_ascii),
      simple("int-to-utf8", k2, kLatest, s.int_to_utf8),
      special("list", k1, kLatest, CheckListCons),
      special("var-get", k1, kLatest, CheckFetchVar),
      special("var-set", k1, kLatest, CheckSetVar),
      special("map-get?", k1, kLatest, CheckFetchEntry),
      special("map-set", k1, kLatest, CheckSetEntry),
      special("map-insert", k1, kLatest, CheckSetEntry),
      special("map-delete", k1, kLatest, CheckDeleteEntry),
      special("tuple", k1, kLatest, CheckTupleCons),
      special("get", k1, kLatest, CheckTupleGet),
      special("merge", k1, kLatest, CheckTupleMerge),
      special("begin", k1, kLatest, CheckBegin),
      simple("hash160", k1, kLatest, s.hash160),
      simple("sha256", k1, kLatest, s.sha256),
      simple("sha512", k1, kLatest, s.sha512),
      simple("sha512/256", k1, kLatest, s.sha512_256),
      simple("keccak256", k1, kLatest, s.keccak256),
      special("secp256k1-recover?", k1, kLatest, CheckSecp256k1Recover),
      special("secp256k1-verify", k1, kLatest, CheckSecp256k1Verify),
      special("print", k1, kLatest, CheckPrint),
      special("contract-call?", k1, kLatest, CheckContractCall),
      special("as-contract", k1, k3, CheckAsContract),
      special("contract-of", k1, kLatest, CheckContractOf),
      special("principal-of?", k1, kLatest, CheckPrincipalOf),
      special("at-block", k1, k4, CheckAtBlock),
      special("get-block-info?", k1, k2, CheckGetBlockInfo),
      special("get-burn-block-info?", k2, kLatest, CheckGetBurnBlockInfo),
      special("err", k1, kLatest, CheckErr),
      special("ok", k1, kLatest, CheckOk),
      special("some", k1, kLatest, CheckSome),
      special("default-to", k1, kLatest, CheckDefaultTo),
      special("asserts!", k1, kLatest, CheckAsserts),
      special("unwrap!", k1, kLatest, CheckUnwrapOrReturn),
      special("unwrap-err!", k1, kLatest, CheckUnwrapErrOrReturn),
      special("unwrap-panic", k1, kLatest, CheckUnwrap),
      special("unwrap-err-panic", k1, kLatest, CheckUnwrapErr),
      special("match", k1, kLatest, CheckMatch),
      special("try!", k1, kLatest, CheckTry),
      special("is-ok", k1, kLatest, CheckIsResponse),
      special("is-none", k1, kLatest, CheckIsOptional),
      special("is-err", k1, kLatest, CheckIsResponse),
      special("is-some", k1, kLatest, CheckIsOptional),
      special("filter", k1, kLatest, CheckFilter),
      special("ft-get-balance", k1, kLatest, CheckGetTokenBalance),
      special("nft-get-owner?", k1, kLatest, CheckGetAssetOwner),
      special("ft-transfer?", k1, kLatest, CheckTransferToken),
      special("nft-transfer?", k1, kLatest, CheckTransferAsset),
      special("nft-mint?", k1, kLatest, CheckMintAsset),
      special("ft-mint?", k1, kLatest, CheckMintToken),
      special("ft-get-supply", k1, kLatest, CheckGetTokenSupply),
      special("ft-burn?", k1, kLatest, CheckBurnToken),
      special("nft-burn?", k1, kLatest, CheckBurnAsset),
      simple("stx-get-balance", k1, kLatest, s.stx_get_balance),
      special("stx-transfer?", k1, kLatest, CheckStxTransfer, &s.stx_transfer_before_21),
      special("stx-transfer-memo?", k2, kLatest, CheckStxTransferMemo),
      simple("stx-burn?", k1, kLatest, s.stx_burn),
      simple("stx-account", k2, kLatest, s.stx_account),
      simple("bit-and", k2, kLatest, s.arithmetic_variadic),
      simple("bit-or", k2, kLatest, s.arithmetic_variadic),
      simple("bit-not", k2, kLatest, s.arithmetic_unary),
      simple("bit-shift-left", k2, kLatest, s.bit_shift),
      simple("bit-shift-right", k2, kLatest, s.bit_shift),
      simple("bit-xor", k2, kLatest, s.arithmetic_variadic),
      special("slice?", k2, kLatest, CheckSlice),
      special("to-consensus-buff?", k2, kLatest, CheckToConsensusBuff),
      special("from-consensus-buff?", k2, kLatest, CheckFromConsensusBuff),
      special("replace-at?", k2, kLatest, CheckReplaceAt),
      special("get-stacks-block-info?", k3, kLatest, CheckGetStacksBlockInfo),
      special("get-tenure-info?", k3, kLatest, CheckGetTenureInfo),
      simple("contract-hash?", k4, kLatest, s.contract_hash),
      special("to-ascii?", k4, kLatest, CheckToAscii),
      special("restrict-assets?", k4, kLatest, CheckRestrictAssets),
      special("as-contract?", k4, kLatest, CheckAsContractSafe),
      special("with-stx", k4, kLatest, CheckAllowanceOutside),
      special("with-ft", k4, kLatest, CheckAllowanceOutside),
      special("with-nft", k4, kLatest, CheckAllowanceOutside),
      special("with-stacking", k4, k5, CheckAllowanceOutside),
      special("with-staking", k6, kLatest, CheckAllowanceOutside),
      special("with-pox", k6, kLatest, CheckAllowanceOutside),
      special("with-all-assets-unsafe", k4, kLatest, CheckAllowanceOutside),
      special("secp256r1-verify", k4, kLatest, CheckSecp256r1Verify),
      special("verify-merkle-proof", k6, kLatest, CheckVerifyMerkleProof),
      special("get-bitcoin-tx-output?", k6, kLatest, CheckGetBitcoinTxOutput),
      special("ed25519-verify", k6, kLatest, CheckEd25519Verify),
      special("secp256k1-decompress?", k6, kLatest, CheckSecp256k1Decompress),
  };
}

}  // namespace

const NativeFunction* LookupNative(std::string_view name, ClarityVersion version) {
  static const std::vector<NativeFunction> natives = BuildNatives();
  static const std::unordered_map<std::string_view, const NativeFunction*> by_name = [] {
    std::unordered_map<std::string_view, const NativeFunction*> out;
    for (const NativeFunction& f : natives) out.emplace(f.name, &f);
    return out;
  }();
  auto it = by_name.find(name);
  if (it == by_name.end()) return nullptr;
  const NativeFunction* f = it->second;
  if (version < f->min_version || version > f->max_version) return nullptr;
  return f;
}

std::optional<TypeSignature> ReservedVariableType(std::string_view name, ClarityVersion version) {
  struct Reserved {
    std::string_view name;
    ClarityVersion min;
    ClarityVersion max;
    TypeSignature type;
  };
  static const std::vector<Reserved> reserved = [] {
    const TypeSignature p = TypeSignature::Principal();
    const TypeSignature u = TypeSignature::UInt();
    const TypeSignature b = TypeSignature::Bool();
    return std::vector<Reserved>{
        {"contract-caller", k1, kLatest, p},
        {"tx-sender", k1, kLatest, p},
        {"block-height", k1, k2, u},
        {"burn-block-height", k1, kLatest, u},
        {"none", k1, kLatest, Optional(TypeSignature::NoType())},
        {"true", k1, kLatest, b},
        {"false", k1, kLatest, b},
        {"stx-liquid-supply", k1, kLatest, u},
        {"is-in-regtest", k1, kLatest, b},
        {"tx-sponsor?", k2, kLatest, Optional(p)},
        {"is-in-mainnet", k2, kLatest, b},
        {"chain-id", k2, kLatest, u},
        {"stacks-block-height", k3, kLatest, u},
        {"tenure-height", k3, kLatest, u},
        {"stacks-block-time", k4, kLatest, u},
        {"current-contract", k4, kLatest, p},
    };
  }();
  for (const Reserved& r : reserved) {
    if (r.name == name) {
      if (version < r.min || version > r.max) return std::nullopt;
      return r.type;
    }
  }
  return std::nullopt;
}

// --- list, print, as-contract, at-block, begin --------------------------------------------------------------------

namespace {

// parent_list_type: the entries' supertype, left to right (least_supertype_v2_1 in every epoch, as the reference's),
// and the list of them.
util::Result<TypeSignature> ParentListType(const std::vector<TypeSignature>& items) {
  if (items.empty()) return Must(NewList(TypeSignature::NoType(), 0));
  TypeSignature entry = items[0];
  for (size_t i = 1; i < items.size(); ++i) {
    if (items[i] == entry) continue;
    STACKS_TRY(entry, Supertype(entry, items[i], StacksEpochId::k21));
  }
  return NewList(std::move(entry), static_cast<uint32_t>(items.size()));
}

// TypeChecker2_05's list: every item inferred, then each one's cost, then the list, whose constructor is the only
// size check.
util::Result<TypeSignature> CheckListConsBefore21(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_TRY(std::vector<TypeSignature> items, checker.TypeCheckAll(args, context));
  for (const TypeSignature& item : items) {
    STACKS_TRY(uint32_t size, TypeSizeOf(item));
    STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisListItemsCheck, size));
  }
  return ParentListType(items);
}

}  // namespace

util::Result<TypeSignature> CheckListCons(TypeChecker& checker, Args args, const TypingContext& context) {
  if (checker.Before21()) return CheckListConsBefore21(checker, args, context);
  std::vector<TypeSignature> items;
  items.reserve(args.size());
  std::vector<util::Result<ExecutionCost>> costs;
  costs.reserve(args.size());
  std::optional<uint32_t> entries_size = 0;
  for (const SymbolicExpression& arg : args) {
    STACKS_TRY(TypeSignature checked, checker.TypeCheck(arg, context));
    util::Result<uint32_t> type_size = TypeSizeOf(checked);
    if (type_size) {
      costs.push_back(checker.ComputeCost(CostFunction::kAnalysisListItemsCheck, *type_size));
    } else {
      costs.push_back(type_size.error());
    }
    if (entries_size) {
      uint64_t sum = uint64_t{*entries_size} + checked.Size();
      entries_size = sum > MAX_VALUE_SIZE ? std::nullopt : std::optional<uint32_t>(static_cast<uint32_t>(sum));
    }
    if (entries_size) items.push_back(std::move(checked));
  }
  for (util::Result<ExecutionCost>& cost : costs) {
    if (!cost) return std::move(cost).error();
    STACKS_RETURN_IF_ERROR(checker.AddCost(*cost));
  }
  if (!entries_size) return CheckError("ValueTooLarge");
  return ParentListType(items);
}

util::Result<TypeSignature> CheckPrint(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  return checker.TypeCheck(args[0], context);
}

util::Result<TypeSignature> CheckAsContract(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  return checker.TypeCheck(args[0], context);
}

util::Result<TypeSignature> CheckAtBlock(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  if (checker.epoch() >= StacksEpochId::k34) return CheckError("AtBlockUnavailable");
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, Types().buffer_32));
  return checker.TypeCheck(args[1], context);
}

util::Result<TypeSignature> CheckBegin(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(1, args));
  return checker.TypeCheckConsecutiveStatements(args, context);
}

// --- Tuples -------------------------------------------------------------------------------------------------------

namespace {

util::Result<TypeSignature> TupleGet(const TypeSignature& tuple, const std::string& field, TypeChecker& checker) {
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisCheckTupleGet, tuple.fields().size()));
  const TypeSignature* type = tuple.FieldType(field);
  if (type == nullptr) return CheckError("NoSuchTupleField(" + field + ", " + tuple.ToString() + ")");
  return *type;
}

// A binding of (name value) pairs, as handle_binding_list checks it: "NotList", "InvalidLength" or "NotAtom".
util::Status CheckBinding(TypeChecker& checker, const SymbolicExpression& binding, size_t index,
                          std::string_view binding_kind) {
  auto fail = [&](std::string_view what, const SymbolicExpression& at) {
    checker.NoteErrorAt(at);
    return CheckError("BadSyntaxBinding(" + std::string(what) + "(" + std::string(binding_kind) + ", " +
                      std::to_string(index) + "))");
  };
  if (binding.kind != SymbolicExpression::Kind::kList) return fail("NotList", binding);
  if (binding.items.size() != 2) return fail("InvalidLength", binding);
  if (binding.items[0].kind != SymbolicExpression::Kind::kAtom) return fail("NotAtom", binding.items[0]);
  return {};
}

}  // namespace

util::Result<TypeSignature> CheckTupleGet(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("BadTupleFieldName");
  const std::string& field = args[0].name;
  STACKS_TRY(TypeSignature argument, checker.TypeCheck(args[1], context));
  if (argument.kind() == TKind::kTuple) return TupleGet(argument, field, checker);
  if (argument.kind() == TKind::kOptional) {
    if (argument.inner().kind() != TKind::kTuple) {
      return CheckError("ExpectedTuple(" + argument.inner().ToString() + ")");
    }
    STACKS_TRY(TypeSignature inner, TupleGet(argument.inner(), field, checker));
    return NewOptional(std::move(inner));
  }
  return CheckError("ExpectedTuple(" + argument.ToString() + ")");
}

util::Result<TypeSignature> CheckTupleMerge(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  STACKS_TRY(TypeSignature base, checker.TypeCheck(args[0], context));
  if (base.kind() != TKind::kTuple) return CheckError("ExpectedTuple(" + base.ToString() + ")");
  STACKS_TRY(TypeSignature update, checker.TypeCheck(args[1], context));
  if (update.kind() != TKind::kTuple) return CheckError("ExpectedTuple(" + update.ToString() + ")");
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisCheckTupleMerge, update.fields().size()));
  // shallow_merge: the update's fields replace or join the base's.
  std::vector<TupleFieldType> fields;
  fields.reserve(base.fields().size() + update.fields().size());
  for (const TupleFieldType& f : base.fields()) {
    if (update.FieldType(f.name) == nullptr) fields.push_back(f);
  }
  for (const TupleFieldType& f : update.fields()) fields.push_back(f);
  // Before Epoch 4.0 the reference builds an oversized merge without checking its size; our types cannot hold one,
  // so it is refused as 4.0 refuses it (docs/CLARITY.md).
  return NewTuple(std::move(fields));
}

util::Result<TypeSignature> CheckTupleCons(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(1, args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisCheckTupleCons, args.size()));
  std::vector<TupleFieldType> fields;
  fields.reserve(args.size());
  uint32_t type_size = 0;
  std::optional<util::Error> cons_error;
  for (size_t i = 0; i < args.size(); ++i) {
    STACKS_RETURN_IF_ERROR(CheckBinding(checker, args[i], i, "TupleCons"));
    const std::string& name = args[i].items[0].name;
    STACKS_TRY(TypeSignature type, checker.TypeCheck(args[i].items[1], context));
    STACKS_TRY(uint32_t size, TypeSizeOf(type));
    STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTupleItemsCheck, size));
    // TypeChecker2_05 has no guard: the tuple's constructor alone refuses an oversized tuple.
    if (checker.Before21() || type_size < MAX_VALUE_SIZE) {
      auto saturating = [](uint32_t a, uint64_t b) {
        uint64_t sum = a + b;
        return sum > UINT32_MAX ? UINT32_MAX : static_cast<uint32_t>(sum);
      };
      type_size = saturating(type_size, name.size());
      type_size = saturating(type_size, name.size());
      type_size = saturating(type_size, size);
      type_size = saturating(type_size, type.Size());
      fields.push_back({name, std::move(type)});
    } else {
      cons_error = CheckError("BadTupleConstruction(type size of " + std::to_string(type_size) +
                              " bytes exceeds maximum of " + std::to_string(MAX_VALUE_SIZE) + " bytes)");
    }
  }
  if (cons_error) return std::move(*cons_error);
  util::Result<TypeSignature> tuple = NewTuple(std::move(fields));
  if (!tuple) return CheckError("BadTupleConstruction(" + VariantMessage(tuple.error()) + ")");
  return tuple;
}

// --- let, var-get, var-set, is-eq, if ------------------------------------------------------------------------------

util::Result<TypeSignature> CheckLet(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(2, args));
  if (args[0].kind != SymbolicExpression::Kind::kList) return CheckError("BadLetSyntax");
  STACKS_TRY(TypingContext inner, context.Extend());
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisCheckLet, args.size()));
  uint64_t added_memory = 0;
  const std::vector<SymbolicExpression>& bindings = args[0].items;
  for (size_t i = 0; i < bindings.size(); ++i) {
    STACKS_RETURN_IF_ERROR(CheckBinding(checker, bindings[i], i, "Let"));
    const std::string& name = bindings[i].items[0].name;
    STACKS_RETURN_IF_ERROR(checker.CheckNameUsed(name));
    if (inner.LookupVariable(name) != nullptr) return CheckError("NameAlreadyUsed(" + name + ")");
    STACKS_TRY(TypeSignature type, checker.TypeCheck(bindings[i].items[1], inner));
    STACKS_TRY(uint32_t size, TypeSizeOf(type));
    STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisBindName, size));
    const uint64_t memory = name.size() + uint64_t{size};
    STACKS_RETURN_IF_ERROR(checker.AddMemory(memory));
    added_memory += memory;
    inner.AddVariable(name, std::move(type));
  }
  util::Result<TypeSignature> result = checker.TypeCheckConsecutiveStatements(args.subspan(1), inner);
  STACKS_RETURN_IF_ERROR(checker.DropMemory(added_memory));
  return result;
}

util::Result<TypeSignature> CheckFetchVar(TypeChecker& checker, Args args, const TypingContext&) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("BadMapName");
  const auto& vars = checker.contract().persisted_variable_types;
  auto it = vars.find(args[0].name);
  if (it == vars.end()) return CheckError("NoSuchDataVariable(" + args[0].name + ")");
  STACKS_TRY(uint32_t size, TypeSizeOf(it->second));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, size));
  return it->second;
}

util::Result<TypeSignature> CheckSetVar(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(2, args));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("BadMapName");
  STACKS_TRY(TypeSignature value, checker.TypeCheck(args[1], context));
  const auto& vars = checker.contract().persisted_variable_types;
  auto it = vars.find(args[0].name);
  if (it == vars.end()) return CheckError("NoSuchDataVariable(" + args[0].name + ")");
  const TypeSignature expected = it->second;
  STACKS_TRY(uint32_t size, TypeSizeOf(expected));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, size));
  STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(value, expected));
  STACKS_TRY(bool admitted, checker.Admits(expected, value));
  if (!admitted) return TypeError(expected, value);
  return TypeSignature::Bool();
}

util::Result<TypeSignature> CheckEquals(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(1, args));
  std::optional<util::Result<TypeSignature>> arg_type;
  std::vector<util::Result<ExecutionCost>> costs;
  costs.reserve(args.size());
  for (const SymbolicExpression& arg : args) {
    STACKS_TRY(TypeSignature x, checker.TypeCheck(arg, context));
    if (!arg_type) arg_type = x;
    if (*arg_type) {
      const TypeSignature current = **arg_type;
      costs.push_back(checker.ComputeTypeCheckCost(x, current));
      util::Result<TypeSignature> joined = checker.Supertype(x, current);
      arg_type = joined ? std::move(joined) : util::Result<TypeSignature>(TypeError(x, current));
    }
  }
  for (util::Result<ExecutionCost>& cost : costs) {
    if (!cost) return std::move(cost).error();
    STACKS_RETURN_IF_ERROR(checker.AddCost(*cost));
  }
  if (!*arg_type) return std::move(*arg_type).error();
  return TypeSignature::Bool();
}

util::Result<TypeSignature> CheckIf(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, TypeSignature::Bool()));
  STACKS_TRY(std::vector<TypeSignature> arms, checker.TypeCheckAll(args.subspan(1), context));
  STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(arms[0], arms[1]));
  util::Result<TypeSignature> joined = checker.Supertype(arms[0], arms[1]);
  if (joined) joined = Concretize(*joined);
  if (!joined) return CheckError("IfArmsMustMatch(" + arms[0].ToString() + ", " + arms[1].ToString() + ")");
  return joined;
}

// --- contract-call?, contract-of, principals --------------------------------------------------------------------

util::Result<TypeSignature> CheckContractCall(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(2, args));
  if (args[1].kind != SymbolicExpression::Kind::kAtom) return CheckError("ContractCallExpectName");
  const std::string& function_name = args[1].name;
  STACKS_RETURN_IF_ERROR(checker.Annotate(args[1], TypeSignature::NoType()));

  // Static dispatch: the callee's public or read-only function, charged at its types' size.
  auto static_dispatch = [&](const ContractIdentifier& contract) -> util::Result<FunctionSignature> {
    STACKS_TRY(FixedFunction function, checker.ContractCallFunction(contract, function_name));
    FunctionSignature signature;
    signature.args.reserve(function.args.size());
    for (FunctionArg& arg : function.args) signature.args.push_back(std::move(arg.type));
    signature.returns = std::move(function.returns);
    STACKS_TRY(uint64_t size, TotalTypeSize(signature));
    STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisGetFunctionEntry, size));
    return signature;
  };
  // Dynamic dispatch: a method of the trait bound to `name`.
  auto dynamic_dispatch = [&](const std::string& name) -> util::Result<FunctionSignature> {
    const TraitIdentifier* trait = context.LookupTraitReference(name);
    if (trait == nullptr) return CheckError("TraitReferenceUnknown(" + name + ")");
    STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisLookupFunction, 0));
    const TraitDefinition* definition = checker.ContextTrait(*trait);
    if (definition == nullptr) return CheckError("TraitReferenceUnknown(" + trait->name + ")");
    auto method = definition->find(function_name);
    if (method == definition->end()) {
      return CheckError("TraitMethodUnknown(" + trait->name + ", " + function_name + ")");
    }
    STACKS_TRY(uint64_t size, TotalTypeSize(method->second));
    STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisLookupFunctionTypes, size));
    return method->second;
  };

  FunctionSignature expected;
  const SymbolicExpression& target = args[0];
  if (target.kind == SymbolicExpression::Kind::kLiteralValue && target.value &&
      target.value->kind() == Value::Kind::kContract) {
    STACKS_TRY(expected, static_dispatch(target.value->AsContract()));
  } else if (target.kind == SymbolicExpression::Kind::kAtom) {
    if (checker.version() < ClarityVersion::kClarity2) {
      STACKS_TRY(expected, dynamic_dispatch(target.name));
    } else {
      const auto& constants = checker.contract().variable_types;
      auto constant = constants.find(target.name);
      if (constant != constants.end() && constant->second.kind() == TKind::kCallablePrincipal) {
        // A constant contract principal: static dispatch.
        STACKS_TRY(expected, static_dispatch(constant->second.contract()));
      } else if (constant != constants.end()) {
        return CheckError("ExpectedCallableType(" + constant->second.ToString() + ")");
      } else {
        STACKS_TRY(expected, dynamic_dispatch(target.name));
      }
    }
  } else {
    return CheckError("ContractCallExpectName");
  }

  Args call_args = args.subspan(2);
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(expected.args.size(), call_args));
  for (size_t i = 0; i < call_args.size(); ++i) {
    STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(call_args[i], context, expected.args[i]));
  }
  return expected.returns;
}

util::Result<TypeSignature> CheckContractOf(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("ContractOfExpectsTrait");
  const TraitIdentifier* trait = context.LookupTraitReference(args[0].name);
  if (trait == nullptr) return CheckError("TraitReferenceUnknown(" + args[0].name + ")");
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kContractOf, 1));
  if (checker.ContextTrait(*trait) == nullptr) return CheckError("TraitReferenceUnknown(" + trait->name + ")");
  return TypeSignature::Principal();
}

util::Result<TypeSignature> CheckPrincipalOf(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, Types().buffer_33));
  return Response(TypeSignature::Principal(), TypeSignature::UInt());
}

util::Result<TypeSignature> CheckPrincipalConstruct(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(2, args));
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtMost(3, args));
  const CommonTypes& t = Types();
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, t.buffer_1));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, t.buffer_20));
  if (args.size() > 2) STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, t.ascii_contract_name));
  static const TypeSignature result =
      Response(TypeSignature::Principal(),
               Tuple({{"error_code", TypeSignature::UInt()}, {"value", Optional(TypeSignature::Principal())}}));
  return result;
}

// --- Signatures -----------------------------------------------------------------------------------------------------

util::Result<TypeSignature> CheckSecp256k1Recover(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, Types().buffer_32));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, Types().buffer_65));
  return Response(Types().buffer_33, TypeSignature::UInt());
}

util::Result<TypeSignature> CheckSecp256k1Verify(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, Types().buffer_32));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, Types().buffer_65));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, Types().buffer_33));
  return TypeSignature::Bool();
}

util::Result<TypeSignature> CheckSecp256r1Verify(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, Types().buffer_32));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, Types().buffer_64));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, Types().buffer_33));
  return TypeSignature::Bool();
}

util::Result<TypeSignature> CheckEd25519Verify(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, Types().buffer_max));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, Types().buffer_64));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, Types().buffer_32));
  return TypeSignature::Bool();
}

util::Result<TypeSignature> CheckSecp256k1Decompress(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, Types().buffer_33));
  return Response(Types().buffer_65, TypeSignature::UInt());
}

// --- Block information ----------------------------------------------------------------------------------------------

namespace {

struct Property {
  std::string_view name;
  ClarityVersion min;
  int type;  // 0 uint, 1 (buff 32), 2 principal, 3 the pox-addrs tuple
};

TypeSignature PropertyType(int type) {
  switch (type) {
    case 0:
      return TypeSignature::UInt();
    case 1:
      return Types().buffer_32;
    case 2:
      return TypeSignature::Principal();
    default: {
      static const TypeSignature pox_addrs =
          Tuple({{"addrs", Must(NewList(Tuple({{"version", Types().buffer_1}, {"hashbytes", Types().buffer_32}}), 2))},
                 {"payout", TypeSignature::UInt()}});
      return pox_addrs;
    }
  }
}

const Property* FindProperty(std::span<const Property> properties, std::string_view name, ClarityVersion version) {
  for (const Property& p : properties) {
    if (p.name == name && version >= p.min) return &p;
  }
  return nullptr;
}

constexpr Property kBlockInfo[] = {
    {"time", k1, 0},
    {"vrf-seed", k1, 1},
    {"header-hash", k1, 1},
    {"id-header-hash", k1, 1},
    {"burnchain-header-hash", k1, 1},
    {"miner-address", k1, 2},
    {"miner-spend-winner", k2, 0},
    {"miner-spend-total", k2, 0},
    {"block-reward", k2, 0},
};
constexpr Property kBurnBlockInfo[] = {{"header-hash", k1, 1}, {"pox-addrs", k1, 3}};
constexpr Property kStacksBlockInfo[] = {{"id-header-hash", k1, 1}, {"header-hash", k1, 1}, {"time", k1, 0}};
constexpr Property kTenureInfo[] = {
    {"time", k1, 0},          {"vrf-seed", k1, 1},           {"burnchain-header-hash", k1, 1},
    {"miner-address", k1, 2}, {"miner-spend-winner", k1, 0}, {"miner-spend-total", k1, 0},
    {"block-reward", k1, 0},
};

util::Result<TypeSignature> CheckInfo(TypeChecker& checker, Args args, const TypingContext& context,
                                      std::span<const Property> properties, std::string_view expect_name_error,
                                      std::string_view no_such_error) {
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError(std::string(expect_name_error));
  const Property* property = FindProperty(properties, args[0].name, checker.version());
  if (property == nullptr) return CheckError(std::string(no_such_error) + "(" + args[0].name + ")");
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, TypeSignature::UInt()));
  return NewOptional(PropertyType(property->type));
}

}  // namespace

util::Result<TypeSignature> CheckGetBlockInfo(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(2, args));
  return CheckInfo(checker, args, context, kBlockInfo, "GetBlockInfoExpectPropertyName", "NoSuchBlockInfoProperty");
}

util::Result<TypeSignature> CheckGetBurnBlockInfo(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  return CheckInfo(checker, args, context, kBurnBlockInfo, "GetBurnBlockInfoExpectPropertyName",
                   "NoSuchBlockInfoProperty");
}

util::Result<TypeSignature> CheckGetStacksBlockInfo(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  return CheckInfo(checker, args, context, kStacksBlockInfo, "GetStacksBlockInfoExpectPropertyName",
                   "NoSuchStacksBlockInfoProperty");
}

util::Result<TypeSignature> CheckGetTenureInfo(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  return CheckInfo(checker, args, context, kTenureInfo, "GetTenureInfoExpectPropertyName", "NoSuchTenureInfoProperty");
}

// --- Bitcoin (Clarity 6) --------------------------------------------------------------------------------------------

util::Result<TypeSignature> CheckVerifyMerkleProof(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(5, args));
  const CommonTypes& t = Types();
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, t.buffer_32));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, t.buffer_32));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, TypeSignature::UInt()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[3], context, TypeSignature::UInt()));
  // VERIFY_MERKLE_PROOF_MAX_DEPTH sibling hashes.
  static const TypeSignature siblings = Must(NewList(t.buffer_32, 24));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[4], context, siblings));
  return TypeSignature::Bool();
}

util::Result<TypeSignature> CheckGetBitcoinTxOutput(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  const CommonTypes& t = Types();
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, t.buffer_max));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, TypeSignature::UInt()));
  static const TypeSignature result =
      Response(Tuple({{"script", t.buffer_1024}, {"amount", TypeSignature::UInt()}, {"txid", t.buffer_32}}),
               TypeSignature::UInt());
  return result;
}

}  // namespace stacks::clarity::analysis::detail
