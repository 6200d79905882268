// The read-only checker: which expressions may write, and the refusals of writes where none may happen.
#include "clarity/analysis/read_only_checker.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "clarity/analysis/analysis_error_internal.h"

namespace stacks::clarity::analysis {
namespace {

using ast::Span;
using ast::SymbolicExpression;
using common::ClarityVersion;
using internal::AnalysisError;
using Kind = SymbolicExpression::Kind;

// How the checker treats a native's arguments.
enum class Rule : uint8_t {
  kReadsArguments,  // read-only when each argument is
  kWrites,          // never read-only; its arguments are still checked
  kFromConsensusBuff,
  kAtBlock,
  kFetchEntry,
  kLet,
  kMap,
  kFilter,
  kFold,
  kTupleCons,
  kContractCall,
  kRestrictAssets,
  kAsContractSafe,
};

struct Native {
  std::string_view name;
  ClarityVersion since;
  std::optional<ClarityVersion> until;  // last version that has it
  Rule rule;
};

constexpr ClarityVersion k1 = ClarityVersion::kClarity1;
constexpr ClarityVersion k2 = ClarityVersion::kClarity2;
constexpr ClarityVersion k3 = ClarityVersion::kClarity3;
constexpr ClarityVersion k4 = ClarityVersion::kClarity4;
constexpr ClarityVersion k5 = ClarityVersion::kClarity5;
constexpr ClarityVersion k6 = ClarityVersion::kClarity6;
constexpr Rule kR = Rule::kReadsArguments;
constexpr Rule kW = Rule::kWrites;

// The reference's NativeFunctions with the versions that have them (clarity/src/vm/functions/mod.rs).
constexpr Native kNatives[] = {
    {"+", k1, {}, kR},
    {"-", k1, {}, kR},
    {"*", k1, {}, kR},
    {"/", k1, {}, kR},
    {">=", k1, {}, kR},
    {"<=", k1, {}, kR},
    {"<", k1, {}, kR},
    {">", k1, {}, kR},
    {"to-int", k1, {}, kR},
    {"to-uint", k1, {}, kR},
    {"mod", k1, {}, kR},
    {"pow", k1, {}, kR},
    {"sqrti", k1, {}, kR},
    {"log2", k1, {}, kR},
    {"xor", k1, {}, kR},
    {"and", k1, {}, kR},
    {"or", k1, {}, kR},
    {"not", k1, {}, kR},
    {"is-eq", k1, {}, kR},
    {"if", k1, {}, kR},
    {"let", k1, {}, Rule::kLet},
    {"map", k1, {}, Rule::kMap},
    {"fold", k1, {}, Rule::kFold},
    {"append", k1, {}, kR},
    {"concat", k1, {}, kR},
    {"as-max-len?", k1, {}, kR},
    {"len", k1, {}, kR},
    {"element-at", k1, {}, kR},
    {"element-at?", k2, {}, kR},
    {"index-of", k1, {}, kR},
    {"index-of?", k2, {}, kR},
    {"buff-to-int-le", k2, {}, kR},
    {"buff-to-uint-le", k2, {}, kR},
    {"buff-to-int-be", k2, {}, kR},
    {"buff-to-uint-be", k2, {}, kR},
    {"is-standard", k2, {}, kR},
    {"principal-destruct?", k2, {}, kR},
    {"principal-construct?", k2, {}, kR},
    {"string-to-int?", k2, {}, kR},
    {"string-to-uint?", k2, {}, kR},
    {"int-to-ascii", k2, {}, kR},
    {"int-to-utf8", k2, {}, kR},
    {"list", k1, {}, kR},
    {"var-get", k1, {}, kR},
    {"var-set", k1, {}, kW},
    {"map-get?", k1, {}, Rule::kFetchEntry},
    {"map-set", k1, {}, kW},
    {"map-insert", k1, {}, kW},
    {"map-delete", k1, {}, kW},
    {"tuple", k1, {}, Rule::kTupleCons},
    {"get", k1, {}, kR},
    {"merge", k1, {}, kR},
    {"begin", k1, {}, kR},
    {"hash160", k1, {}, kR},
    {"sha256", k1, {}, kR},
    {"sha512", k1, {}, kR},
    {"sha512/256", k1, {}, kR},
    {"keccak256", k1, {}, kR},
    {"secp256k1-recover?", k1, {}, kR},
    {"secp256k1-verify", k1, {}, kR},
    {"print", k1, {}, kR},
    {"contract-call?", k1, {}, Rule::kContractCall},
    {"as-contract", k1, k3, kR},
    {"contract-of", k1, {}, kR},
    {"principal-of?", k1, {}, kR},
    {"at-block", k1, k4, Rule::kAtBlock},
    {"get-block-info?", k1, k2, kR},
    {"get-burn-block-info?", k2, {}, kR},
    {"err", k1, {}, kR},
    {"ok", k1, {}, kR},
    {"some", k1, {}, kR},
    {"default-to", k1, {}, kR},
    {"asserts!", k1, {}, kR},
    {"unwrap!", k1, {}, kR},
    {"unwrap-err!", k1, {}, kR},
    {"unwrap-panic", k1, {}, kR},
    {"unwrap-err-panic", k1, {}, kR},
    {"match", k1, {}, kR},
    {"try!", k1, {}, kR},
    {"is-ok", k1, {}, kR},
    {"is-none", k1, {}, kR},
    {"is-err", k1, {}, kR},
    {"is-some", k1, {}, kR},
    {"filter", k1, {}, Rule::kFilter},
    {"ft-get-balance", k1, {}, kR},
    {"nft-get-owner?", k1, {}, kR},
    {"ft-transfer?", k1, {}, kW},
    {"nft-transfer?", k1, {}, kW},
    {"nft-mint?", k1, {}, kW},
    {"ft-mint?", k1, {}, kW},
    {"ft-get-supply", k1, {}, kR},
    {"ft-burn?", k1, {}, kW},
    {"nft-burn?", k1, {}, kW},
    {"stx-get-balance", k1, {}, kR},
    {"stx-transfer?", k1, {}, kW},
    {"stx-transfer-memo?", k2, {}, kW},
    {"stx-burn?", k1, {}, kW},
    {"stx-account", k2, {}, kR},
    {"bit-and", k2, {}, kR},
    {"bit-or", k2, {}, kR},
    {"bit-not", k2, {}, kR},
    {"bit-shift-left", k2, {}, kR},
    {"bit-shift-right", k2, {}, kR},
    {"bit-xor", k2, {}, kR},
    {"slice?", k2, {}, kR},
    {"to-consensus-buff?", k2, {}, kR},
    {"from-consensus-buff?", k2, {}, Rule::kFromConsensusBuff},
    {"replace-at?", k2, {}, kR},
    {"get-stacks-block-info?", k3, {}, kR},
    {"get-tenure-info?", k3, {}, kR},
    {"contract-hash?", k4, {}, kR},
    {"to-ascii?", k4, {}, kR},
    {"restrict-assets?", k4, {}, Rule::kRestrictAssets},
    {"as-contract?", k4, {}, Rule::kAsContractSafe},
    {"with-stx", k4, {}, kR},
    {"with-ft", k4, {}, kR},
    {"with-nft", k4, {}, kR},
    {"with-stacking", k4, k5, kR},
    {"with-staking", k6, {}, kR},
    {"with-pox", k6, {}, kR},
    {"with-all-assets-unsafe", k4, {}, kR},
    {"secp256r1-verify", k4, {}, kR},
    {"verify-merkle-proof", k6, {}, kR},
    {"get-bitcoin-tx-output?", k6, {}, kR},
    {"ed25519-verify", k6, {}, kR},
    {"secp256k1-decompress?", k6, {}, kR},
};

const Native* LookupNative(std::string_view name, ClarityVersion version) {
  for (const Native& n : kNatives) {
    if (n.name == name) {
      if (version < n.since || (n.until && version > *n.until)) return nullptr;
      return &n;
    }
  }
  return nullptr;
}

// A refusal on its way up: the variant text and, once attached, the expression it is reported at.
struct Refusal {
  std::string variant;
  std::optional<Span> span;
  util::Error passthrough;  // the AnalysisDb's own error, reported unchanged
  bool is_passthrough = false;
};

class Checker {
 public:
  Checker(const ContractAnalysis& analysis, AnalysisDb& db) : m_analysis(analysis), m_db(db) {}

  util::Status Run() {
    for (const SymbolicExpression& e : m_analysis.expressions) {
      m_refusal.reset();
      if (!TopLevel(e)) {
        if (m_refusal->is_passthrough) return m_refusal->passthrough;
        return AnalysisError(m_refusal->variant, m_refusal->span.value_or(e.span));
      }
    }
    return {};
  }

 private:
  // Each check returns false once m_refusal is set; `read_only` receives the verdict otherwise.
  bool Fail(std::string variant, const SymbolicExpression* at = nullptr) {
    m_refusal = Refusal{std::move(variant), at ? std::optional<Span>(at->span) : std::nullopt, {}, false};
    return false;
  }

  bool ArgumentCount(size_t expected, size_t found) {
    if (found == expected) return true;
    return Fail("IncorrectArgumentCount(" + std::to_string(expected) + ", " + std::to_string(found) + ")");
  }
  bool AtLeast(size_t expected, size_t found) {
    if (found >= expected) return true;
    return Fail("RequiresAtLeastArguments(" + std::to_string(expected) + ", " + std::to_string(found) + ")");
  }

  static bool IsAtom(const SymbolicExpression& e) { return e.kind == Kind::kAtom; }

  // DefineFunctionsParsed::try_parse and check_top_level_expression.
  bool TopLevel(const SymbolicExpression& e) {
    bool ignored = true;
    if (e.kind != Kind::kList || e.items.empty() || !IsAtom(e.items[0])) return Check(e, 0, ignored);
    const std::string& head = e.items[0].name;
    const SymbolicExpression* args = e.items.data() + 1;
    const size_t n = e.items.size() - 1;
    if (head == "define-constant") {
      if (!ArgumentCount(2, n)) return false;
      if (!IsAtom(args[0])) return Fail("ExpectedName");
      return Check(args[1], 0, ignored);
    }
    if (head == "define-private" || head == "define-public" || head == "define-read-only") {
      if (!ArgumentCount(2, n)) return false;
      if (args[0].kind != Kind::kList) return Fail("DefineFunctionBadSignature");
      if (args[0].items.empty()) return Fail("DefineFunctionBadSignature");
      if (!IsAtom(args[0].items[0])) return Fail("BadFunctionName");
      bool read_only = true;
      if (!Check(args[1], 0, read_only)) return false;
      if (head == "define-read-only" && !read_only) return Fail("WriteAttemptedInReadOnly");
      m_defined[args[0].items[0].name] = read_only;
      return true;
    }
    if (head == "define-non-fungible-token") {
      if (!ArgumentCount(2, n)) return false;
      return IsAtom(args[0]) || Fail("ExpectedName");
    }
    if (head == "define-fungible-token") {
      if (!AtLeast(1, n)) return false;
      if (!IsAtom(args[0])) return Fail("ExpectedName");
      if (n > 2) return Fail("IncorrectArgumentCount(1, " + std::to_string(n) + ")");
      return n == 1 || Check(args[1], 0, ignored);
    }
    if (head == "define-map") {
      if (!ArgumentCount(3, n)) return false;
      return IsAtom(args[0]) || Fail("ExpectedName");
    }
    if (head == "define-data-var") {
      if (!ArgumentCount(3, n)) return false;
      if (!IsAtom(args[0])) return Fail("ExpectedName");
      return Check(args[2], 0, ignored);
    }
    if (head == "define-trait") {
      if (!ArgumentCount(2, n)) return false;
      return IsAtom(args[0]) || Fail("ExpectedName");
    }
    if (head == "use-trait") {
      if (!ArgumentCount(2, n)) return false;
      if (!IsAtom(args[0])) return Fail("ExpectedName");
      return args[1].kind == Kind::kField || Fail("ExpectedTraitIdentifier");
    }
    if (head == "impl-trait") {
      if (!ArgumentCount(1, n)) return false;
      return args[0].kind == Kind::kField || Fail("ExpectedTraitIdentifier");
    }
    return Check(e, 0, ignored);
  }

  // check_read_only_inner: only calls can write.
  bool Check(const SymbolicExpression& e, uint64_t depth, bool& read_only) {
    read_only = true;
    if (e.kind != Kind::kList) return true;
    return Application(e.items.data(), e.items.size(), depth, read_only);
  }

  // check_each_expression_is_read_only: every expression is checked, even after one that writes.
  bool Each(const SymbolicExpression* exprs, size_t n, uint64_t depth, bool& read_only) {
    read_only = true;
    for (size_t i = 0; i < n; ++i) {
      bool one = true;
      if (!Check(exprs[i], depth, one)) return false;
      read_only = read_only && one;
    }
    return true;
  }

  // check_expression_application_is_read_only: `exprs[0]` applied to the rest.
  bool Application(const SymbolicExpression* exprs, size_t n, uint64_t depth, bool& read_only) {
    if (n == 0 || !IsAtom(exprs[0])) return Fail("NonFunctionApplication");
    const std::string& name = exprs[0].name;
    if (const Native* native = LookupNative(name, m_analysis.clarity_version)) {
      if (NativeCall(*native, exprs + 1, n - 1, depth, read_only)) return true;
      // set_expressions: the error is reported at this call (its head), replacing any inner position.
      if (!m_refusal->is_passthrough) m_refusal->span = exprs[0].span;
      return false;
    }
    auto it = m_defined.find(name);
    if (it == m_defined.end()) return Fail("UnknownFunction(" + name + ")");
    bool args_read_only = true;
    if (!Each(exprs + 1, n - 1, depth, args_read_only)) return false;
    read_only = args_read_only && it->second;
    return true;
  }

  // A `(key value)` pair of a let or tuple: NotList / InvalidLength at the pair.
  bool Binding(const SymbolicExpression& pair, size_t index, std::string_view kind) {
    if (pair.kind != Kind::kList) {
      return Fail("BadSyntaxBinding(NotList(" + std::string(kind) + ", " + std::to_string(index) + "))", &pair);
    }
    if (pair.items.size() != 2) {
      return Fail("BadSyntaxBinding(InvalidLength(" + std::string(kind) + ", " + std::to_string(index) + "))", &pair);
    }
    return true;
  }

  bool NativeCall(const Native& native, const SymbolicExpression* args, size_t n, uint64_t depth, bool& read_only) {
    if (depth > kReadOnlyCheckerRecursionLimit) return Fail("ReadOnlyCheckerRecursionLimitExceeded");
    ++depth;
    read_only = true;
    switch (native.rule) {
      case Rule::kReadsArguments:
        return Each(args, n, depth, read_only);
      case Rule::kWrites: {
        bool ignored = true;
        if (!Each(args, n, depth, ignored)) return false;
        read_only = false;
        return true;
      }
      case Rule::kFromConsensusBuff:
        if (!ArgumentCount(2, n)) return false;
        return Each(args + 1, 1, depth, read_only);
      case Rule::kAtBlock: {
        if (!ArgumentCount(2, n)) return false;
        bool block_read_only = true, body_read_only = true;
        if (!Check(args[0], depth, block_read_only) || !Check(args[1], depth, body_read_only)) return false;
        if (!body_read_only) return Fail("AtBlockClosureMustBeReadOnly");
        read_only = block_read_only;
        return true;
      }
      case Rule::kFetchEntry:
        if (!ArgumentCount(2, n)) return false;
        return Each(args, n, depth, read_only);
      case Rule::kLet: {
        if (!AtLeast(2, n)) return false;
        if (args[0].kind != Kind::kList) return Fail("BadLetSyntax");
        for (size_t i = 0; i < args[0].items.size(); ++i) {
          const SymbolicExpression& pair = args[0].items[i];
          if (!Binding(pair, i, "Let")) return false;
          bool value_read_only = true;
          if (!Check(pair.items[1], depth, value_read_only)) return false;
          if (!value_read_only) {
            read_only = false;
            return true;
          }
        }
        return Each(args + 1, n - 1, depth, read_only);
      }
      case Rule::kMap:
        if (!AtLeast(2, n)) return false;
        return Application(args, n, depth, read_only);
      case Rule::kFilter:
        if (!ArgumentCount(2, n)) return false;
        return Application(args, n, depth, read_only);
      case Rule::kFold:
        if (!ArgumentCount(3, n)) return false;
        return Application(args, n, depth, read_only);
      case Rule::kTupleCons:
        for (size_t i = 0; i < n; ++i) {
          if (!Binding(args[i], i, "TupleCons")) return false;
          bool value_read_only = true;
          if (!Check(args[i].items[1], depth, value_read_only)) return false;
          if (!value_read_only) {
            read_only = false;
            return true;
          }
        }
        return true;
      case Rule::kContractCall:
        return ContractCall(args, n, depth, read_only);
      case Rule::kRestrictAssets: {
        if (!AtLeast(3, n)) return false;
        bool owner = true, allowances = true, body = true;
        if (!Check(args[0], depth, owner)) return false;
        if (args[1].kind != Kind::kList) return Fail("ExpectedListOfAllowances(restrict-assets?, 2)");
        if (!Each(args[1].items.data(), args[1].items.size(), depth, allowances)) return false;
        if (!Each(args + 2, n - 2, depth, body)) return false;
        read_only = owner && allowances && body;
        return true;
      }
      case Rule::kAsContractSafe: {
        if (!AtLeast(2, n)) return false;
        bool allowances = true, body = true;
        if (args[0].kind != Kind::kList) return Fail("ExpectedListOfAllowances(as-contract?, 1)");
        if (!Each(args[0].items.data(), args[0].items.size(), depth, allowances)) return false;
        if (!Each(args + 1, n - 1, depth, body)) return false;
        read_only = allowances && body;
        return true;
      }
    }
    return true;
  }

  bool ContractCall(const SymbolicExpression* args, size_t n, uint64_t depth, bool& read_only) {
    if (!AtLeast(2, n)) return false;
    if (!IsAtom(args[1])) return Fail("ContractCallExpectName");
    bool callee_read_only = false;
    if (args[0].kind == Kind::kLiteralValue && args[0].value && args[0].value->kind() == Value::Kind::kContract) {
      const ContractIdentifier& contract = args[0].value->AsContract();
      util::Result<std::optional<ContractAnalysis>> callee = m_db.LoadAnalysis(contract);
      if (!callee) {
        m_refusal = Refusal{{}, std::nullopt, callee.error(), true};
        return false;
      }
      if (!callee->has_value()) return Fail("NoSuchContract(" + contract.ToString() + ")");
      callee_read_only = (*callee)->read_only_function_types.count(args[1].name) != 0;
    } else if (!IsAtom(args[0])) {
      // A dynamic call through a trait (an atom) can never be shown read-only; anything else is malformed.
      return Fail("ContractCallExpectName");
    }
    bool args_read_only = true;
    if (!Each(args + 2, n - 2, depth, args_read_only)) return false;
    read_only = args_read_only && callee_read_only;
    return true;
  }

  const ContractAnalysis& m_analysis;
  AnalysisDb& m_db;
  std::unordered_map<std::string, bool> m_defined;  // defined functions so far: whether each is read-only
  std::optional<Refusal> m_refusal;
};

}  // namespace

util::Status CheckReadOnly(const ContractAnalysis& analysis, AnalysisDb& db) { return Checker(analysis, db).Run(); }

bool ReadOnlyCheckRunsBeforeTypeCheck(common::StacksEpochId epoch) { return epoch < common::StacksEpochId::k41; }

}  // namespace stacks::clarity::analysis
