// The rules of the type checker of Epochs 2.0 and 2.05 (the reference's TypeChecker2_05: trait reference types,
// admits_type_v2_0 / least_supertype_v2_0, stx-transfer? a simple native) against those of 2.1 (TypeChecker2_1:
// callable traits and principals, stx-transfer? a special form), each pinned by deploying the same contract in four
// runs: Epoch 2.0 and 2.05 in Clarity 1, Epoch 2.1 in Clarity 1 and in Clarity 2.
//
// Where the expected verdicts come from: the reference VM (@stacks/clarinet-sdk 3.21.0, through
// tests/interop/lib/reference_vm.js). For each run, one empty simnet session at that epoch (`openSession({epoch,
// clarityVersion})`) deployed, as ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM, the contracts of kDeps and then every
// case's contract under the case's name (`deploy(session, name, source)`); a verdict below is "ok" where the
// deployment succeeded, else the reference's message as it printed it (its text after "->"), copied verbatim.
// The interface entries are `contractInterface(session, name)`'s, compacted by JSON.stringify, the same in every
// run that accepted the contract. Epoch 2.0 and 2.05 answered alike for every case, so one column serves both.
//
// Here each run is a chain of RunAnalysis deployments (every pass, the analysis stored for the next contract; a free
// tracker, as the reference's tools analyse) parsed as a node parses (parser v1 before 2.1); our error variant is
// rendered into the reference's message (ReferenceMessage) and compared whole, types and names included.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clarity/analysis/contract_interface.h"
#include "clarity/analysis/run_analysis.h"
#include "clarity/ast/build_ast.h"
#include "clarity/costs/cost_tracker.h"
#include "clarity/storage/memory_store.h"
#include "clarity/storage/write_stack.h"
#include "codec/stacks_address.h"

namespace stacks::clarity::analysis {
namespace {

using common::ClarityVersion;
using common::StacksEpochId;

constexpr std::string_view kDeployer = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";
constexpr std::string_view kOk = "ok";

// --- Our error in the reference's words ----------------------------------------------------------------------------

// "Name(a, b)" split at its top-level ", ".
struct Variant {
  std::string name;
  std::vector<std::string> args;
};

Variant ParseVariant(std::string_view text) {
  Variant v;
  const size_t open = text.find('(');
  if (open == std::string_view::npos || !text.ends_with(")")) {
    v.name = std::string(text);
    return v;
  }
  v.name = std::string(text.substr(0, open));
  const std::string_view inner = text.substr(open + 1, text.size() - open - 2);
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < inner.size(); ++i) {
    const char c = inner[i];
    if (c == '(' || c == '[' || c == '<') ++depth;
    if (c == ')' || c == ']' || c == '>') --depth;
    if (c == ',' && depth == 0 && i + 1 < inner.size() && inner[i + 1] == ' ') {
      v.args.emplace_back(inner.substr(start, i - start));
      start = i + 2;
    }
  }
  v.args.emplace_back(inner.substr(start));
  return v;
}

/// The reference's Display message (DiagnosableError::message) of the variants these cases meet; any other text is
/// returned as it is, so that the comparison fails showing it.
std::string ReferenceMessage(std::string_view variant) {
  const Variant v = ParseVariant(variant);
  const auto& a = v.args;
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  if (a.size() == 2) {
    if (v.name == "TypeError") return "expecting expression of type " + q(a[0]) + ", found " + q(a[1]);
    if (v.name == "IncorrectArgumentCount") return "expecting " + a[0] + " arguments, got " + a[1];
    if (v.name == "BadTraitImplementation") {
      return "invalid signature for method " + q(a[1]) + " regarding trait's specification <" + a[0] + ">";
    }
    if (v.name == "TraitMethodUnknown") return "method " + q(a[1]) + " unspecified in trait <" + a[0] + ">";
    if (v.name == "IfArmsMustMatch") {
      return "expression types returned by the arms of 'if' must match (got " + q(a[0]) + " and " + q(a[1]) + ")";
    }
    if (v.name == "MatchArmsMustMatch") {
      return "expression types returned by the arms of 'match' must match (got " + q(a[0]) + " and " + q(a[1]) + ")";
    }
    if (v.name == "DefaultTypesMustMatch") {
      return "expression types passed in 'default-to' must match (got " + q(a[0]) + " and " + q(a[1]) + ")";
    }
    if (v.name == "ReturnTypesMustMatch") {
      return "detected two execution paths, returning two different expression types (got " + q(a[0]) + " and " +
             q(a[1]) + ")";
    }
  }
  if (a.size() == 1) {
    if (v.name == "NoSuchContract") return "use of unresolved contract " + q(a[0]);
    if (v.name == "TraitReferenceUnknown") return "use of undeclared trait <" + a[0] + ">";
    if (v.name == "UndefinedVariable") return "use of unresolved variable " + q(a[0]);
    if (v.name == "UnknownFunction") return "use of unresolved function " + q(a[0]);
    // The reference's message has no closing quote.
    if (v.name == "IllegalOrUnknownFunctionApplication") return "use of illegal / unresolved function '" + a[0];
  }
  if (a.empty() && v.name == "ContractOfExpectsTrait") return "trait reference expected";
  return std::string(variant);
}

TEST(Epoch20RulesTest, ReferenceMessageRendersVariants) {
  EXPECT_EQ(ReferenceMessage("TypeError((tuple (a int)), (tuple (b int)))"),
            "expecting expression of type '(tuple (a int))', found '(tuple (b int))'");
  EXPECT_EQ(ReferenceMessage("IfArmsMustMatch(<S.tr.t>, (principal S.impl))"),
            "expression types returned by the arms of 'if' must match (got '<S.tr.t>' and '(principal S.impl)')");
  EXPECT_EQ(ReferenceMessage("ContractOfExpectsTrait"), "trait reference expected");
  EXPECT_EQ(ReferenceMessage("SomethingElse(1)"), "SomethingElse(1)");
}

// --- A chain of deployments ----------------------------------------------------------------------------------------

struct EpochRun {
  const char* label;
  StacksEpochId epoch;
  ClarityVersion version;
};

constexpr EpochRun kRuns[] = {{"Epoch 2.0", StacksEpochId::k20, ClarityVersion::kClarity1},
                              {"Epoch 2.05", StacksEpochId::k2_05, ClarityVersion::kClarity1},
                              {"Epoch 2.1 Clarity 1", StacksEpochId::k21, ClarityVersion::kClarity1},
                              {"Epoch 2.1 Clarity 2", StacksEpochId::k21, ClarityVersion::kClarity2}};

ContractIdentifier ContractId(std::string_view name) {
  auto issuer = codec::StacksAddress::Parse(kDeployer);
  EXPECT_TRUE(issuer.has_value());
  return ContractIdentifier{issuer ? *issuer : codec::StacksAddress{}, std::string(name)};
}

/// The entry of function `name` in an interface JSON ("" if it has none).
std::string FunctionEntry(const std::string& json, std::string_view name) {
  const std::string key = "{\"name\":\"" + std::string(name) + "\",\"access\":";
  const size_t start = json.find(key);
  if (start == std::string::npos) return "";
  int depth = 0;
  for (size_t i = start; i < json.size(); ++i) {
    if (json[i] == '{') ++depth;
    if (json[i] == '}' && --depth == 0) return json.substr(start, i - start + 1);
  }
  return "";
}

// Contracts deployed one after another, each analysed against those before it, as on one chain.
class Chain {
 public:
  Chain() { EXPECT_TRUE(m_stack.Nest()); }
  Chain(const Chain&) = delete;
  Chain& operator=(const Chain&) = delete;

  struct Deployed {
    std::string verdict;  ///< "ok", or the failure in the reference's words
    std::string interface_json;
  };

  Deployed Deploy(std::string_view name, std::string_view source, StacksEpochId epoch, ClarityVersion version) {
    ast::ParseOptions parse;
    parse.contract = ContractId(name);
    if (epoch < StacksEpochId::k21) parse.parser = ast::ParserVersion::kV1;
    auto built = ast::BuildContractAst(source, parse, nullptr, costs::CostVersion::kCosts3);
    if (!built) return {"parse: " + built.error().message, ""};
    AnalysisOptions options;
    options.epoch = epoch;
    options.clarity_version = version;
    options.charge_costs = false;
    auto analysis = RunAnalysis(parse.contract, std::move(built->expressions), m_stack, m_tracker, options);
    if (!analysis) {
      std::string message = analysis.error().message;
      const size_t at = message.rfind(" at ");
      if (at != std::string::npos && message.find_first_not_of("0123456789:", at + 4) == std::string::npos) {
        message.resize(at);
      }
      return {ReferenceMessage(message), ""};
    }
    return {std::string(kOk), ContractInterfaceJson(*analysis)};
  }

  Deployed Deploy(std::string_view name, std::string_view source, const EpochRun& run) {
    return Deploy(name, source, run.epoch, run.version);
  }

 private:
  storage::MemoryStore m_store;
  storage::WriteStack m_stack{m_store};
  costs::CostTracker m_tracker{costs::kBlockLimitMainnet21};
};

// Deployed first in every run, in this order.
constexpr std::pair<std::string_view, std::string_view> kDeps[] = {
    {"tr", "(define-trait t ((m () (response bool bool))))"},
    {"tr2", "(define-trait t2 ((m () (response bool bool)) (n () (response bool bool))))"},
    {"ta", "(define-trait ta ((f (uint) (response uint uint))))"},
    {"impl", "(define-public (m) (ok true))"},
    {"noimpl", "(define-public (other) (ok true))"},
    {"wrong", "(define-public (m) (ok u1))"},
    {"callee", "(use-trait t .tr.t) (define-public (call (x <t>)) (contract-call? x m))"},
    {"take", "(define-public (take (p principal)) (ok p))"},
};

void DeployDeps(Chain& chain, const EpochRun& run) {
  for (const auto& [name, source] : kDeps) {
    EXPECT_EQ(chain.Deploy(name, source, run).verdict, kOk) << name << " at " << run.label;
  }
}

struct Case {
  std::string_view name;
  std::string_view source;
  std::string_view before_21;    ///< Epochs 2.0 and 2.05, Clarity 1
  std::string_view clarity1_21;  ///< Epoch 2.1, Clarity 1
  std::string_view clarity2_21;  ///< Epoch 2.1, Clarity 2
};

void ExpectVerdicts(const std::vector<Case>& cases) {
  for (const EpochRun& run : kRuns) {
    Chain chain;
    DeployDeps(chain, run);
    for (const Case& c : cases) {
      const std::string_view expected = run.epoch < StacksEpochId::k21             ? c.before_21
                                        : run.version == ClarityVersion::kClarity1 ? c.clarity1_21
                                                                                   : c.clarity2_21;
      EXPECT_EQ(chain.Deploy(c.name, c.source, run).verdict, expected)
          << c.name << " at " << run.label << ": " << c.source;
    }
  }
}

// Reference messages that several cases share.
constexpr std::string_view kNoMethodM = "invalid signature for method 'm' regarding trait's specification <t>";
constexpr std::string_view kTraitTForT2 =
    "expecting expression of type '<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>', found "
    "'<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr2.t2>'";
constexpr std::string_view kPrincipalForTraitT =
    "expecting expression of type 'principal', found '<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>'";
constexpr std::string_view kTraitTForPrincipal =
    "expecting expression of type '<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>', found 'principal'";
constexpr std::string_view kNotInClarity2 = "use of illegal / unresolved function 'stx-transfer?";

// --- 1. contract-call? with trait arguments --------------------------------------------------------------------------

TEST(Epoch20RulesTest, ContractCallTraitArguments) {
  ExpectVerdicts({
      // A contract literal where a trait is expected is checked for compliance in every epoch (type_check_expects'
      // literal rule, load_contract + check_trait_compliance).
      {"a1", "(define-public (g) (contract-call? .callee call .impl))", kOk, kOk, kOk},
      {"a2", "(define-public (g) (contract-call? .callee call .noimpl))", kNoMethodM, kNoMethodM, kNoMethodM},
      {"a3", "(define-public (g) (contract-call? .callee call .wrong))", kNoMethodM, kNoMethodM, kNoMethodM},
      {"a4", "(define-public (g) (contract-call? .callee call .nowhere))",
       "use of unresolved contract 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.nowhere'",
       "use of unresolved contract 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.nowhere'",
       "use of unresolved contract 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.nowhere'"},
      // A trait-typed argument passed on: the same trait is admitted everywhere; another trait with the methods
      // needed only by Clarity 2's trait compatibility (admits_type_v2_0 and Clarity 1 at 2.1 ask for equal types).
      {"a5", "(use-trait t .tr.t) (define-public (g (x <t>)) (contract-call? .callee call x))", kOk, kOk, kOk},
      {"a6", "(use-trait t2 .tr2.t2) (define-public (g (x <t2>)) (contract-call? .callee call x))", kTraitTForT2,
       kTraitTForT2, kOk},
      {"a20",
       "(use-trait t .tr.t) (use-trait t2 .tr2.t2) (define-private (p (x <t>)) (contract-call? x m)) "
       "(define-public (g (y <t2>)) (p y))",
       kTraitTForT2, kTraitTForT2, kOk},
      // Principals and traits do not stand for each other, except a literal for a principal.
      {"a7", "(define-public (g (p principal)) (contract-call? .callee call p))", kTraitTForPrincipal,
       kTraitTForPrincipal, kTraitTForPrincipal},
      {"a8", "(define-public (g) (contract-call? .take take .impl))", kOk, kOk, kOk},
      {"a9", "(use-trait t .tr.t) (define-public (g (x <t>)) (contract-call? .take take x))", kPrincipalForTraitT,
       kPrincipalForTraitT, kPrincipalForTraitT},
      {"a24",
       "(use-trait t .tr.t) (define-data-var v principal tx-sender) (define-public (g (x <t>)) (ok (var-set v x)))",
       kPrincipalForTraitT, kPrincipalForTraitT, kPrincipalForTraitT},
      // Dynamic dispatch goes through a trait-typed argument only, until Clarity 2 lets a let-bound one through.
      {"a10", "(use-trait t .tr.t) (define-public (g (x <t>)) (let ((y x)) (contract-call? y m)))",
       "use of undeclared trait <y>", "use of undeclared trait <y>", kOk},
      {"a11", "(use-trait t .tr.t) (define-public (g (x <t>)) (contract-call? x nope))",
       "method 'nope' unspecified in trait <t>", "method 'nope' unspecified in trait <t>",
       "method 'nope' unspecified in trait <t>"},
      {"a12", "(use-trait ta .ta.ta) (define-public (g (x <ta>)) (contract-call? x f 1))",
       "expecting expression of type 'uint', found 'int'", "expecting expression of type 'uint', found 'int'",
       "expecting expression of type 'uint', found 'int'"},
      {"a25", "(define-trait t ((m () (response bool bool)))) (define-public (g (x <t>)) (contract-call? x m))", kOk,
       kOk, kOk},
      {"a28",
       "(use-trait t .tr.t) (define-trait u ((go (<t>) (response bool bool)))) "
       "(define-public (g (x <u>) (y <t>)) (contract-call? x go y))",
       kOk, kOk, kOk},
      // Clarity 1 keeps an imported trait under its own name, not the alias: a later define-trait of that name
      // replaces it (a15), an earlier one is replaced by it (a14). Clarity 2 keeps the alias.
      {"a13", "(use-trait alias .tr.t) (define-public (g (x <alias>)) (contract-call? x m))", kOk, kOk, kOk},
      {"a14",
       "(define-trait t ((z () (response uint uint)))) (use-trait other .tr.t) "
       "(define-public (g (x <other>)) (contract-call? x m))",
       kOk, kOk, kOk},
      {"a15",
       "(use-trait other .tr.t) (define-trait t ((z () (response uint uint)))) "
       "(define-public (g (x <other>)) (contract-call? x m))",
       "method 'm' unspecified in trait <t>", "method 'm' unspecified in trait <t>", kOk},
      // impl-trait (the trait checker).
      {"a16", "(impl-trait .tr.t) (define-public (m) (ok u1))", kNoMethodM, kNoMethodM, kNoMethodM},
      {"a17", "(impl-trait .tr.t) (define-public (m) (ok true))", kOk, kOk, kOk},
      // A literal for a private function's trait parameter: compliance again.
      {"a18", "(use-trait t .tr.t) (define-private (p (x <t>)) (contract-call? x m)) (define-public (g) (p .impl))",
       kOk, kOk, kOk},
      {"a19", "(use-trait t .tr.t) (define-private (p (x <t>)) (contract-call? x m)) (define-public (g) (p .noimpl))",
       kNoMethodM, kNoMethodM, kNoMethodM},
      // Clarity 1 loads the contract that defines the trait to check a literal against it: a trait of the contract
      // being deployed is not there yet.
      {"a26",
       "(define-trait t ((m () (response bool bool)))) (define-public (call (x <t>)) (contract-call? x m)) "
       "(define-public (g) (call .impl))",
       "use of unresolved contract 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.a26'",
       "use of unresolved contract 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.a26'", kOk},
      // contract-of takes a trait-typed name only; a trait inside a parameter type is accepted in Clarity 1 too.
      {"a21", "(use-trait t .tr.t) (define-public (g (x <t>)) (ok (contract-of x)))", kOk, kOk, kOk},
      {"a22", "(use-trait t .tr.t) (define-public (g (x <t>)) (ok x))", kOk, kOk, kOk},
      {"a23", "(use-trait t .tr.t) (define-private (p (x <t>)) x) (define-public (g (x <t>)) (ok (contract-of (p x))))",
       "trait reference expected", "trait reference expected", "trait reference expected"},
      {"a27", "(use-trait t .tr.t) (define-public (g (x (optional <t>))) (ok true))", kOk, kOk, kOk},
  });
}

// --- 2. stx-transfer? ----------------------------------------------------------------------------------------------

TEST(Epoch20RulesTest, StxTransferIsASimpleNativeBefore21) {
  ExpectVerdicts({
      // Before 2.1 every argument is typed before the count and the types are checked (a fixed function); from 2.1
      // the count comes first, then each argument against its type in order.
      {"b1", "(define-public (g) (stx-transfer? (+ 1 u1) tx-sender))",
       "expecting expression of type 'int', found 'uint'", "expecting 3 arguments, got 2",
       "expecting 3 arguments, got 2"},
      {"b9", "(define-public (g) (stx-transfer? true tx-sender (+ 1 u1)))",
       "expecting expression of type 'int', found 'uint'", "expecting expression of type 'uint', found 'bool'",
       "expecting expression of type 'uint', found 'bool'"},
      {"b10", "(define-public (g) (stx-transfer? 1 tx-sender nobody))", "use of unresolved variable 'nobody'",
       "expecting expression of type 'uint', found 'int'", "expecting expression of type 'uint', found 'int'"},
      {"b11", "(define-public (g) (stx-transfer? nobody))", "use of unresolved variable 'nobody'",
       "expecting 3 arguments, got 1", "expecting 3 arguments, got 1"},
      // A native function map, filter and fold may apply before 2.1; a special form they may not.
      {"b3",
       "(define-public (g) (ok (map stx-transfer? (list u1 u2) (list tx-sender tx-sender) "
       "(list 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))))",
       kOk, kNotInClarity2, kNotInClarity2},
      {"b4", "(define-public (g) (ok (filter stx-transfer? (list u1 u2))))", "expecting 3 arguments, got 1",
       kNotInClarity2, kNotInClarity2},
      {"b5", "(define-public (g) (ok (fold stx-transfer? (list u1 u2) u0)))", "expecting 3 arguments, got 2",
       kNotInClarity2, kNotInClarity2},
      {"b20", "(define-public (g) (ok (map stx-burn? (list u1) (list tx-sender))))", kOk, kOk, kOk},
      // The same in every epoch.
      {"b2", "(define-public (g) (stx-transfer? 4 tx-sender tx-sender))",
       "expecting expression of type 'uint', found 'int'", "expecting expression of type 'uint', found 'int'",
       "expecting expression of type 'uint', found 'int'"},
      {"b6", "(define-public (g) (stx-transfer? u1 tx-sender))", "expecting 3 arguments, got 2",
       "expecting 3 arguments, got 2", "expecting 3 arguments, got 2"},
      {"b7", "(define-public (g) (stx-transfer? u1 tx-sender tx-sender tx-sender))", "expecting 3 arguments, got 4",
       "expecting 3 arguments, got 4", "expecting 3 arguments, got 4"},
      {"b8", "(define-public (g) (stx-transfer? 4 tx-sender))", "expecting 3 arguments, got 2",
       "expecting 3 arguments, got 2", "expecting 3 arguments, got 2"},
      {"b12", "(define-public (g) (stx-transfer?))", "expecting 3 arguments, got 0", "expecting 3 arguments, got 0",
       "expecting 3 arguments, got 0"},
      {"b13", "(define-public (g) (stx-transfer? u1 tx-sender .impl))", kOk, kOk, kOk},
      {"b14", "(define-public (g) (stx-transfer? u1 tx-sender true))",
       "expecting expression of type 'principal', found 'bool'",
       "expecting expression of type 'principal', found 'bool'",
       "expecting expression of type 'principal', found 'bool'"},
      {"b15", "(define-public (g) (stx-transfer? u1 1 tx-sender))",
       "expecting expression of type 'principal', found 'int'", "expecting expression of type 'principal', found 'int'",
       "expecting expression of type 'principal', found 'int'"},
      {"b16", "(use-trait t .tr.t) (define-public (g (x <t>)) (stx-transfer? u1 tx-sender x))", kPrincipalForTraitT,
       kPrincipalForTraitT, kPrincipalForTraitT},
      {"b17", "(define-public (g) (stx-transfer? u5 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))", kOk, kOk,
       kOk},
      {"b18", "(define-public (g) (stx-transfer-memo? u5 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 0x01))",
       "use of unresolved function 'stx-transfer-memo?'", "use of unresolved function 'stx-transfer-memo?'", kOk},
      {"b19", "(define-public (g) (let ((f stx-transfer?)) (ok f)))", "use of unresolved variable 'stx-transfer?'",
       "use of unresolved variable 'stx-transfer?'", "use of unresolved variable 'stx-transfer?'"},
  });
}

// --- 3. List and tuple admission, least supertypes -------------------------------------------------------------------

TEST(Epoch20RulesTest, SupertypesWithoutCallables) {
  // Without contract principals or traits least_supertype_v2_0 and _v2_1 (and admits_type_v2_0 and _v2_1) agree:
  // the same verdict in every run. The types they build are pinned through the interface (InterfaceTypes).
  ExpectVerdicts({
      {"c1", "(define-read-only (f) (list (some 1) none))", kOk, kOk, kOk},
      {"c2", "(define-read-only (f) (list (ok 1) (err u2)))", kOk, kOk, kOk},
      {"c3", "(define-read-only (f) (list (ok 1) (ok 2)))", kOk, kOk, kOk},
      {"c4", "(define-read-only (f) (list (some (ok 1)) (some (err u2)) none))", kOk, kOk, kOk},
      {"c5", "(define-read-only (f) (list {a: (some 1), b: (list)} {a: none, b: (list u1 u2)}))", kOk, kOk, kOk},
      {"c6", "(define-read-only (f) (list {a: 1} {b: 1}))",
       "expecting expression of type '(tuple (a int))', found '(tuple (b int))'",
       "expecting expression of type '(tuple (a int))', found '(tuple (b int))'",
       "expecting expression of type '(tuple (a int))', found '(tuple (b int))'"},
      {"c7", "(define-read-only (f) (list {a: 1} {a: u1}))", "expecting expression of type 'int', found 'uint'",
       "expecting expression of type 'int', found 'uint'", "expecting expression of type 'int', found 'uint'"},
      {"c8", "(define-read-only (f (c bool)) (if c (list) (list 1)))", kOk, kOk, kOk},
      {"c9", R"((define-read-only (f (c bool)) (if c "ab" "abcd")))", kOk, kOk, kOk},
      {"c10", "(define-public (f (c bool)) (begin (asserts! c (err u1)) (ok (some 1))))", kOk, kOk, kOk},
      {"c11", "(define-public (f (c bool)) (begin (asserts! c (err none)) (if c (ok 1) (err (some u1)))))", kOk, kOk,
       kOk},
      {"c12", "(define-read-only (f (x (optional int))) (match x v (list v) (list)))", kOk, kOk, kOk},
      {"c13", "(define-read-only (f (x (response int uint))) (match x v (some v) e none))", kOk, kOk, kOk},
      {"c14", "(define-read-only (f (x (optional (list 3 int)))) (default-to (list) x))", kOk, kOk, kOk},
      {"c15", "(define-read-only (f) (list (list) (list (some 1)) (list none none none)))", kOk, kOk, kOk},
      {"c16", "(define-read-only (f) (list none none))", kOk, kOk, kOk},
      {"c17", "(define-data-var v (list 2 (optional int)) (list none (some 1))) (define-read-only (f) (var-get v))",
       kOk, kOk, kOk},
      {"c18",
       "(define-private (p (x (list 3 (response int uint)))) (len x)) (define-read-only (f) (p (list (ok 1) (err "
       "u1))))",
       kOk, kOk, kOk},
      {"c19", "(define-private (p (x (list 2 int))) (len x)) (define-read-only (f) (p (list)))", kOk, kOk, kOk},
      // Contract literals are principals before 2.1 and callable principals from it, which unify with principals.
      {"c20", "(define-read-only (f) (list .impl .tr))", kOk, kOk, kOk},
      {"c21", "(define-read-only (f) (list .impl 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))", kOk, kOk, kOk},
      {"c35",
       "(define-private (p (a (list 2 principal))) a) (define-public (f) (begin (p (list .impl .tr)) (ok true)))", kOk,
       kOk, kOk},
      {"c36", "(define-data-var v (list 2 principal) (list .impl .tr)) (define-read-only (f) (var-get v))", kOk, kOk,
       kOk},
      {"c42", "(define-map m principal int) (define-public (f) (ok (map-set m .impl 1)))", kOk, kOk, kOk},
  });
}

TEST(Epoch20RulesTest, SupertypesOfTraitsAndContractLiterals) {
  // least_supertype_v2_0 has no callable types: a trait reference unifies only with itself. From 2.1 a callable
  // trait and a callable principal (or two callable traits) unify into a list union (least_supertype_v2_1), in
  // Clarity 1 too; `if` and index-of still want the types equal, and a list union containing a trait is no
  // principal (admits_type_v2_1's concretize).
  ExpectVerdicts({
      {"c22", "(use-trait t .tr.t) (define-public (f (x <t>)) (begin (list .impl x) (ok true)))", kPrincipalForTraitT,
       kOk, kOk},
      {"c23", "(use-trait t .tr.t) (define-public (f (x <t>)) (begin (list x .impl) (ok true)))", kTraitTForPrincipal,
       kOk, kOk},
      {"c32",
       "(use-trait t .tr.t) (use-trait t2 .tr2.t2) (define-public (f (x <t>) (y <t2>)) (begin (list x y) (ok true)))",
       kTraitTForT2, kOk, kOk},
      {"c37", "(use-trait t .tr.t) (define-private (p (x <t>)) (list x .impl)) (define-public (f) (ok true))",
       kTraitTForPrincipal, kOk, kOk},
      {"c38", "(use-trait t .tr.t) (define-public (f (x <t>)) (let ((l (list x .impl))) (ok (len l))))",
       kTraitTForPrincipal, kOk, kOk},
      {"c39", "(use-trait t .tr.t) (define-public (f (x <t>)) (ok (len (concat (list x) (list .impl)))))",
       kTraitTForPrincipal, kOk, kOk},
      {"c40", "(use-trait t .tr.t) (define-public (f (x <t>)) (ok (len (append (list x) .impl))))", kTraitTForPrincipal,
       kOk, kOk},
      {"c25", "(use-trait t .tr.t) (define-public (f (x <t>)) (ok (is-eq x .impl)))", kPrincipalForTraitT, kOk, kOk},
      {"c26", "(use-trait t .tr.t) (use-trait t2 .tr2.t2) (define-public (f (x <t>) (y <t2>)) (ok (is-eq x y)))",
       "expecting expression of type '<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr2.t2>', found "
       "'<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>'",
       kOk, kOk},
      // Tuples whose fields need a supertype.
      {"c27", "(use-trait t .tr.t) (define-public (f (x <t>)) (begin (if true {a: x} {a: .impl}) (ok true)))",
       "expression types returned by the arms of 'if' must match (got "
       "'(tuple (a <ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>))' and '(tuple (a principal))')",
       kOk, kOk},
      // asserts! and the function's return (the return-type tracker's least supertype), match, default-to.
      {"c28",
       "(use-trait t .tr.t) (define-private (p (c bool) (x <t>)) (begin (asserts! c (err x)) (err .impl))) "
       "(define-public (f) (ok true))",
       "detected two execution paths, returning two different expression types (got "
       "'(response UnknownType <ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>)' and "
       "'(response UnknownType principal)')",
       kOk, kOk},
      {"c29",
       "(use-trait t .tr.t) (define-private (p (c bool) (x <t>)) (begin (asserts! c (ok x)) (ok x))) "
       "(define-public (f) (ok true))",
       kOk, kOk, kOk},
      {"c30",
       "(use-trait t .tr.t) (define-public (f (o (optional int)) (x <t>)) (begin (match o v x .impl) (ok true)))",
       "expression types returned by the arms of 'match' must match (got "
       "'<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>' and 'principal')",
       kOk, kOk},
      {"c31", "(use-trait t .tr.t) (define-public (f (x <t>)) (begin (default-to .impl (some x)) (ok true)))",
       "expression types passed in 'default-to' must match (got 'principal' and "
       "'<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>')",
       kOk, kOk},
      // if: equal types only, in every epoch.
      {"c24", "(use-trait t .tr.t) (define-public (f (x <t>)) (begin (if true x .impl) (ok true)))",
       "expression types returned by the arms of 'if' must match (got "
       "'<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>' and 'principal')",
       "expression types returned by the arms of 'if' must match (got "
       "'<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>' and '(principal "
       "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.impl)')",
       "expression types returned by the arms of 'if' must match (got "
       "'<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>' and '(principal "
       "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.impl)')"},
      {"c33",
       "(use-trait t .tr.t) (use-trait t2 .tr2.t2) (define-public (f (x <t>) (y <t2>)) (begin (if true x y) (ok "
       "true)))",
       "expression types returned by the arms of 'if' must match (got "
       "'<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>' and '<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr2.t2>')",
       "expression types returned by the arms of 'if' must match (got "
       "'<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>' and '<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr2.t2>')",
       "expression types returned by the arms of 'if' must match (got "
       "'<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>' and '<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr2.t2>')"},
      {"c41", "(use-trait t .tr.t) (define-public (f (x <t>)) (ok (index-of (list .impl) x)))", kPrincipalForTraitT,
       "expecting expression of type '(principal ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.impl)', found "
       "'<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>'",
       "expecting expression of type '(principal ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.impl)', found "
       "'<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.tr.t>'"},
      // A list union with a trait in it is no list of principals (it prints as principal all the same).
      {"c34",
       "(use-trait t .tr.t) (define-private (p (a (list 2 principal))) a) "
       "(define-public (f (x <t>)) (begin (p (list x .impl)) (ok true)))",
       kTraitTForPrincipal, "expecting expression of type '(list 2 principal)', found '(list 2 principal)'",
       "expecting expression of type 'principal', found 'principal'"},
  });
}

// --- The types built: function interfaces --------------------------------------------------------------------------

TEST(Epoch20RulesTest, InterfaceTypes) {
  struct Entry {
    std::string_view contract;
    std::string_view source;
    std::string_view function;
    std::string_view json;
    bool only_before_21 = false;  ///< refused from 2.1 (ExpectVerdicts pins that)
  };
  // Every run that accepts these gives the same interface entry (all four runs, b3 those before 2.1).
  const Entry entries[] = {
      {"a5", "(use-trait t .tr.t) (define-public (g (x <t>)) (contract-call? .callee call x))", "g",
       R"({"name":"g","access":"public","args":[{"name":"x","type":"trait_reference"}],"outputs":{"type":{"response":{"ok":"bool","error":"bool"}}}})"},
      {"a21", "(use-trait t .tr.t) (define-public (g (x <t>)) (ok (contract-of x)))", "g",
       R"({"name":"g","access":"public","args":[{"name":"x","type":"trait_reference"}],"outputs":{"type":{"response":{"ok":"principal","error":"none"}}}})"},
      {"a22", "(use-trait t .tr.t) (define-public (g (x <t>)) (ok x))", "g",
       R"({"name":"g","access":"public","args":[{"name":"x","type":"trait_reference"}],"outputs":{"type":{"response":{"ok":"trait_reference","error":"none"}}}})"},
      {"b3",
       "(define-public (g) (ok (map stx-transfer? (list u1 u2) (list tx-sender tx-sender) "
       "(list 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))))",
       "g",
       R"({"name":"g","access":"public","args":[],"outputs":{"type":{"response":{"ok":{"list":{"type":{"response":{"ok":"bool","error":"uint128"}},"length":2}},"error":"none"}}}})",
       true},
      {"b17", "(define-public (g) (stx-transfer? u5 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))", "g",
       R"({"name":"g","access":"public","args":[],"outputs":{"type":{"response":{"ok":"bool","error":"uint128"}}}})"},
      {"c1", "(define-read-only (f) (list (some 1) none))", "f",
       R"({"name":"f","access":"read_only","args":[],"outputs":{"type":{"list":{"type":{"optional":"int128"},"length":2}}}})"},
      {"c2", "(define-read-only (f) (list (ok 1) (err u2)))", "f",
       R"({"name":"f","access":"read_only","args":[],"outputs":{"type":{"list":{"type":{"response":{"ok":"int128","error":"uint128"}},"length":2}}}})"},
      {"c3", "(define-read-only (f) (list (ok 1) (ok 2)))", "f",
       R"({"name":"f","access":"read_only","args":[],"outputs":{"type":{"list":{"type":{"response":{"ok":"int128","error":"none"}},"length":2}}}})"},
      {"c4", "(define-read-only (f) (list (some (ok 1)) (some (err u2)) none))", "f",
       R"({"name":"f","access":"read_only","args":[],"outputs":{"type":{"list":{"type":{"optional":{"response":{"ok":"int128","error":"uint128"}}},"length":3}}}})"},
      {"c5", "(define-read-only (f) (list {a: (some 1), b: (list)} {a: none, b: (list u1 u2)}))", "f",
       R"({"name":"f","access":"read_only","args":[],"outputs":{"type":{"list":{"type":{"tuple":[{"name":"a","type":{"optional":"int128"}},{"name":"b","type":{"list":{"type":"uint128","length":2}}}]},"length":2}}}})"},
      {"c8", "(define-read-only (f (c bool)) (if c (list) (list 1)))", "f",
       R"({"name":"f","access":"read_only","args":[{"name":"c","type":"bool"}],"outputs":{"type":{"list":{"type":"int128","length":1}}}})"},
      {"c9", R"((define-read-only (f (c bool)) (if c "ab" "abcd")))", "f",
       R"({"name":"f","access":"read_only","args":[{"name":"c","type":"bool"}],"outputs":{"type":{"string-ascii":{"length":4}}}})"},
      {"c10", "(define-public (f (c bool)) (begin (asserts! c (err u1)) (ok (some 1))))", "f",
       R"({"name":"f","access":"public","args":[{"name":"c","type":"bool"}],"outputs":{"type":{"response":{"ok":{"optional":"int128"},"error":"uint128"}}}})"},
      {"c11", "(define-public (f (c bool)) (begin (asserts! c (err none)) (if c (ok 1) (err (some u1)))))", "f",
       R"({"name":"f","access":"public","args":[{"name":"c","type":"bool"}],"outputs":{"type":{"response":{"ok":"int128","error":{"optional":"uint128"}}}}})"},
      {"c12", "(define-read-only (f (x (optional int))) (match x v (list v) (list)))", "f",
       R"({"name":"f","access":"read_only","args":[{"name":"x","type":{"optional":"int128"}}],"outputs":{"type":{"list":{"type":"int128","length":1}}}})"},
      {"c13", "(define-read-only (f (x (response int uint))) (match x v (some v) e none))", "f",
       R"({"name":"f","access":"read_only","args":[{"name":"x","type":{"response":{"ok":"int128","error":"uint128"}}}],"outputs":{"type":{"optional":"int128"}}})"},
      {"c14", "(define-read-only (f (x (optional (list 3 int)))) (default-to (list) x))", "f",
       R"({"name":"f","access":"read_only","args":[{"name":"x","type":{"optional":{"list":{"type":"int128","length":3}}}}],"outputs":{"type":{"list":{"type":"int128","length":3}}}})"},
      {"c15", "(define-read-only (f) (list (list) (list (some 1)) (list none none none)))", "f",
       R"({"name":"f","access":"read_only","args":[],"outputs":{"type":{"list":{"type":{"list":{"type":{"optional":"int128"},"length":3}},"length":3}}}})"},
      {"c16", "(define-read-only (f) (list none none))", "f",
       R"({"name":"f","access":"read_only","args":[],"outputs":{"type":{"list":{"type":{"optional":"none"},"length":2}}}})"},
      {"c17", "(define-data-var v (list 2 (optional int)) (list none (some 1))) (define-read-only (f) (var-get v))",
       "f",
       R"({"name":"f","access":"read_only","args":[],"outputs":{"type":{"list":{"type":{"optional":"int128"},"length":2}}}})"},
      {"c20", "(define-read-only (f) (list .impl .tr))", "f",
       R"({"name":"f","access":"read_only","args":[],"outputs":{"type":{"list":{"type":"principal","length":2}}}})"},
      {"c21", "(define-read-only (f) (list .impl 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))", "f",
       R"({"name":"f","access":"read_only","args":[],"outputs":{"type":{"list":{"type":"principal","length":2}}}})"},
      {"c36", "(define-data-var v (list 2 principal) (list .impl .tr)) (define-read-only (f) (var-get v))", "f",
       R"({"name":"f","access":"read_only","args":[],"outputs":{"type":{"list":{"type":"principal","length":2}}}})"},
  };
  for (const EpochRun& run : kRuns) {
    Chain chain;
    DeployDeps(chain, run);
    for (const Entry& e : entries) {
      if (e.only_before_21 && run.epoch >= StacksEpochId::k21) continue;
      Chain::Deployed d = chain.Deploy(e.contract, e.source, run);
      ASSERT_EQ(d.verdict, kOk) << e.contract << " at " << run.label;
      EXPECT_EQ(FunctionEntry(d.interface_json, e.function), e.json) << e.contract << " at " << run.label;
    }
  }
}

// --- Contracts of Epoch 2.05 used from later epochs ------------------------------------------------------------------

TEST(Epoch20RulesTest, TraitReferencesStoredIn205AreReadAsCallableFrom21) {
  // Reference: one session per late epoch opened at 2.05 in Clarity 1, the first seven contracts deployed, then
  // setEpoch(late) and the rest deployed in Clarity 1 and 2 (names as below). The type checker canonicalizes what a
  // 2.05 contract stored (trait references become callable traits) in every epoch from 2.1; the trait checker does
  // not in Epoch 2.2, so there a 2.05 trait whose method takes a trait is implemented by no contract.
  constexpr std::string_view kBadGo = "invalid signature for method 'go' regarding trait's specification <u>";
  constexpr std::string_view kImplU =
      "(use-trait t .tr.t) (impl-trait .u.u) (define-public (go (x <t>)) (contract-call? x m))";
  for (StacksEpochId late : {StacksEpochId::k21, StacksEpochId::k22, StacksEpochId::k23}) {
    SCOPED_TRACE(static_cast<int>(late));
    Chain chain;
    auto at205 = [&](std::string_view name, std::string_view source) {
      return chain.Deploy(name, source, StacksEpochId::k2_05, ClarityVersion::kClarity1).verdict;
    };
    EXPECT_EQ(at205("tr", "(define-trait t ((m () (response bool bool))))"), kOk);
    EXPECT_EQ(at205("tr2", "(define-trait t2 ((m () (response bool bool)) (n () (response bool bool))))"), kOk);
    EXPECT_EQ(at205("u", "(use-trait t .tr.t) (define-trait u ((go (<t>) (response bool bool))))"), kOk);
    EXPECT_EQ(at205("callee", "(use-trait t .tr.t) (define-public (call (x <t>)) (contract-call? x m))"), kOk);
    EXPECT_EQ(at205("impl", "(define-public (m) (ok true))"), kOk);
    EXPECT_EQ(at205("p205", "(use-trait t2 .tr2.t2) (define-public (g (x <t2>)) (contract-call? .callee call x))"),
              kTraitTForT2);
    EXPECT_EQ(at205("iu205", kImplU), kOk);
    for (ClarityVersion version : {ClarityVersion::kClarity1, ClarityVersion::kClarity2}) {
      const std::string v = version == ClarityVersion::kClarity1 ? "1" : "2";
      auto later = [&](const std::string& name, std::string_view source) {
        return chain.Deploy(name, source, late, version).verdict;
      };
      EXPECT_EQ(later("pt" + v, "(use-trait t .tr.t) (define-public (g (x <t>)) (contract-call? .callee call x))"),
                kOk);
      EXPECT_EQ(later("pt2" + v, "(use-trait t2 .tr2.t2) (define-public (g (x <t2>)) (contract-call? .callee call x))"),
                version == ClarityVersion::kClarity1 ? kTraitTForT2 : kOk);
      EXPECT_EQ(later("pl" + v, "(define-public (g) (contract-call? .callee call .impl))"), kOk);
      EXPECT_EQ(later("iu" + v, kImplU), late == StacksEpochId::k22 ? kBadGo : kOk);
    }
  }
}

}  // namespace
}  // namespace stacks::clarity::analysis
