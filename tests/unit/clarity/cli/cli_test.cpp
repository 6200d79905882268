#include "clarity/cli/cli.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <deque>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "codec/stacks_address.h"
#include "test_util.h"

namespace stacks::clarity::cli {
namespace {

class ClarityCliTest : public ::testing::Test {
 protected:
  static Outcome Run(std::vector<std::string> argv) { return Execute(argv); }

  static void ExpectUsageError(std::vector<std::string> argv, const std::string& line) {
    Outcome o = Execute(argv);
    EXPECT_EQ(o.exit_code, kExitUsage);
    EXPECT_EQ(o.out, "");
    EXPECT_EQ(o.err, "error: " + line + "\n");
  }

  static void ExpectJsonError(std::vector<std::string> argv, const std::string& kind, const std::string& message) {
    argv.insert(argv.begin(), "--json");
    Outcome o = Execute(argv);
    EXPECT_EQ(o.exit_code, kExitFailure);
    EXPECT_EQ(o.err, "");
    nlohmann::json expected = {{"error", {{"kind", kind}, {"message", message}}}};
    EXPECT_EQ(nlohmann::json::parse(o.out), expected) << o.out;
  }

  // Each test's files live in a directory of its own: ctest runs the tests of this file as parallel processes, and a
  // shared name let one test read another's contract.
  std::string TempFile(const std::string& contents) {
    std::string path = m_files.File("contract-" + std::to_string(m_file_count++) + ".clar");
    std::ofstream(path) << contents;
    return path;
  }

 private:
  testing::TempDir m_files;
  int m_file_count = 0;
};

// --- Bad command lines: one error line, exit 2. ---

TEST_F(ClarityCliTest, RejectsUnknownEpoch) {
  ExpectUsageError({"--epoch", "9.9", "eval", "1"}, "unknown epoch '9.9'");
  ExpectUsageError({"--epoch", "", "eval", "1"}, "unknown epoch ''");
  ExpectUsageError({"--epoch=3", "eval", "1"}, "unknown epoch '3'");
}

TEST_F(ClarityCliTest, RejectsEpochWithoutClarity) {
  ExpectUsageError({"--epoch", "1.0", "eval", "1"}, "epoch 1.0 has no Clarity");
}

TEST_F(ClarityCliTest, RejectsBadClarityVersion) {
  ExpectUsageError({"--clarity-version", "7", "eval", "1"}, "bad clarity version '7': expected 1 to 6");
  ExpectUsageError({"--clarity-version", "0", "eval", "1"}, "bad clarity version '0': expected 1 to 6");
  ExpectUsageError({"--clarity-version", "12", "eval", "1"}, "bad clarity version '12': expected 1 to 6");
  ExpectUsageError({"--clarity-version", "two", "eval", "1"}, "bad clarity version 'two': expected 1 to 6");
  ExpectUsageError({"--clarity-version", "", "eval", "1"}, "bad clarity version '': expected 1 to 6");
}

TEST_F(ClarityCliTest, RejectsClarityVersionNewerThanEpoch) {
  ExpectUsageError({"--epoch", "3.0", "--clarity-version", "4", "eval", "1"},
                   "clarity version 4 needs epoch 3.3 or later (epoch is 3.0)");
  ExpectUsageError({"--epoch", "2.1", "--clarity-version", "3", "eval", "1"},
                   "clarity version 3 needs epoch 3.0 or later (epoch is 2.1)");
  ExpectUsageError({"--epoch", "3.3", "--clarity-version", "5", "eval", "1"},
                   "clarity version 5 needs epoch 3.4 or later (epoch is 3.3)");
  ExpectUsageError({"--epoch", "3.4", "--clarity-version", "6", "eval", "1"},
                   "clarity version 6 needs epoch 4.0 or later (epoch is 3.4)");
}

TEST_F(ClarityCliTest, RejectsBadSender) {
  Outcome o = Run({"--sender", "ST1NOTANADDRESS", "eval", "1"});
  EXPECT_EQ(o.exit_code, kExitUsage);
  EXPECT_EQ(o.err.rfind("error: bad sender 'ST1NOTANADDRESS': ", 0), 0u) << o.err;
  ExpectUsageError({"--sender", "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token", "eval", "1"},
                   "bad sender 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token': not a standard principal");
  o = Run({"--sender", "", "eval", "1"});
  EXPECT_EQ(o.exit_code, kExitUsage);
  EXPECT_EQ(o.err.rfind("error: bad sender '': ", 0), 0u) << o.err;
}

TEST_F(ClarityCliTest, AcceptsQuotedSender) {
  auto line = ParseCommandLine({"--sender", "'SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7", "eval", "1"});
  ASSERT_TRUE(line.has_value()) << line.error().message;
  EXPECT_EQ(line->options.sender, "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7");
}

TEST_F(ClarityCliTest, RejectsUnknownOptionsAndCommands) {
  ExpectUsageError({"--verbose", "eval", "1"}, "unknown option '--verbose'");
  ExpectUsageError({"--epoch"}, "option --epoch needs a value");
  ExpectUsageError({"--json=yes", "eval", "1"}, "option --json takes no value");
  ExpectUsageError({"launch"}, "unknown command 'launch'");
  ExpectUsageError({}, "no command given");
  ExpectUsageError({"--json"}, "no command given");
  ExpectUsageError({"--db=", "eval", "1"}, "option --db needs a file name");
}

TEST_F(ClarityCliTest, RejectsWrongArgumentCounts) {
  ExpectUsageError({"eval"}, "wrong number of arguments for 'eval' (see --help)");
  ExpectUsageError({"eval", "1", "2"}, "wrong number of arguments for 'eval' (see --help)");
  ExpectUsageError({"deploy", "c"}, "wrong number of arguments for 'deploy' (see --help)");
  ExpectUsageError({"call", "c"}, "wrong number of arguments for 'call' (see --help)");
  ExpectUsageError({"repl", "x"}, "wrong number of arguments for 'repl' (see --help)");
  ExpectUsageError({"eval", ""}, "eval needs a non-empty expression");
}

TEST_F(ClarityCliTest, RejectsBadCommandArguments) {
  ExpectUsageError({"check", "/nonexistent/contract.clar"}, "file '/nonexistent/contract.clar' cannot be read");
  Outcome o = Run({"deploy", "no spaces", TempFile("(+ 1 2)")});
  EXPECT_EQ(o.exit_code, kExitUsage);
  EXPECT_EQ(o.err.rfind("error: bad contract name 'no spaces': ", 0), 0u) << o.err;
  ExpectUsageError({"call", "counter", "not a name"}, "bad function name 'not a name'");
  o = Run({"call", "counter", "add", "u1", "(foo 2)"});
  EXPECT_EQ(o.exit_code, kExitUsage);
  EXPECT_EQ(o.err.rfind("error: argument 2 '(foo 2)' is not a Clarity literal: ", 0), 0u) << o.err;
  o = Run({"run", TempFile("(+ 1 2)"), "f", "1", "u340282366920938463463374607431768211456"});
  EXPECT_EQ(o.exit_code, kExitUsage);
  EXPECT_EQ(o.err.rfind("error: argument 2 'u340282366920938463463374607431768211456' is not a Clarity literal", 0), 0u)
      << o.err;
}

// --- deploy, call, run: contract state, in memory or in a --db file. ---

constexpr const char* kCounter =
    "(define-data-var n uint u0)\n"
    "(define-public (add (by uint)) (begin (var-set n (+ (var-get n) by)) (print by) (ok (var-get n))))\n"
    "(define-public (fail) (begin (var-set n u999) (print \"lost\") (err u1)))\n"
    "(define-read-only (get-n) (var-get n))\n"
    "(define-private (hidden) u1)\n";

constexpr const char* kDeployer = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

class ClarityCliStateTest : public ClarityCliTest {
 protected:
  std::string Db() { return m_dir.File("state.db"); }
  std::string File(const std::string& name, const std::string& contents) {
    std::string path = m_dir.File(name);
    std::ofstream(path) << contents;
    return path;
  }
  nlohmann::json Json(std::vector<std::string> argv) {
    argv.insert(argv.begin(), {"--json", "--db", Db()});
    Outcome o = Execute(argv);
    nlohmann::json j = nlohmann::json::parse(o.out, nullptr, /*allow_exceptions=*/false);
    EXPECT_FALSE(j.is_discarded()) << o.out << o.err;
    EXPECT_EQ(o.exit_code, j.contains("error") ? kExitFailure : kExitOk) << o.out;
    return j;
  }
  testing::TempDir m_dir;
};

TEST_F(ClarityCliStateTest, DeployThenCallKeepsStateInTheDbFile) {
  nlohmann::json deployed = Json({"deploy", "counter", File("counter.clar", kCounter)});
  EXPECT_EQ(deployed["result"], "true");
  EXPECT_EQ(deployed["hex"], "0x03");
  EXPECT_TRUE(deployed.contains("evaluation_costs"));
  nlohmann::json first = Json({"call", "counter", "add", "u2"});
  EXPECT_EQ(first["result"], "(ok u2)");
  // Each run is a new process in practice: the state comes from the file.
  nlohmann::json second = Json({"call", std::string(kDeployer) + ".counter", "add", "u3"});
  EXPECT_EQ(second["result"], "(ok u5)");
  ASSERT_EQ(second["events"].size(), 1u);
  EXPECT_EQ(second["events"][0], (nlohmann::json{{"type", "contract_event"},
                                                 {"contract_event",
                                                  {{"contract_identifier", std::string(kDeployer) + ".counter"},
                                                   {"topic", "print"},
                                                   {"raw_value", "0x0100000000000000000000000000000003"}}}}));
  EXPECT_GT(second["costs"]["runtime"].get<uint64_t>(), 0u);
  EXPECT_EQ(second["costs"]["read_count"].get<uint64_t>() >= 3, true);
  // A read-only function is called read-only.
  nlohmann::json read = Json({"call", "counter", "get-n"});
  EXPECT_EQ(read["result"], "u5");
  EXPECT_EQ(read["costs"]["write_count"], 0);
}

TEST_F(ClarityCliStateTest, ErrResponsesRollBackAndRefusalsHaveKinds) {
  Json({"deploy", "counter", File("counter.clar", kCounter)});
  nlohmann::json failed = Json({"call", "counter", "fail"});
  EXPECT_EQ(failed["result"], "(err u1)");
  EXPECT_EQ(failed["events"], nlohmann::json::array());
  EXPECT_EQ(Json({"call", "counter", "get-n"})["result"], "u0");
  EXPECT_EQ(Json({"call", "counter", "hidden"})["error"]["kind"], "NoSuchPublicFunction");
  EXPECT_EQ(Json({"call", "counter", "nope"})["error"]["kind"], "NoSuchFunction");
  EXPECT_EQ(Json({"call", "other", "add", "u1"})["error"]["kind"], "NoSuchContract");
  EXPECT_EQ(Json({"call", "counter", "add", "1"})["error"]["kind"], "RuntimeCheck");
  EXPECT_EQ(Json({"call", "counter", "add"})["error"]["kind"], "RuntimeCheck");
  // A second deployment of the name is refused at run time, as the reference refuses it.
  EXPECT_EQ(Json({"deploy", "counter", File("c2.clar", "(define-read-only (f) 1)")})["error"]["kind"], "RuntimeCheck");
  EXPECT_EQ(Json({"deploy", "broken", File("broken.clar", "(define-public (f) (ok 1)")})["error"]["kind"], "Parse");
  EXPECT_EQ(Json({"deploy", "boom", File("boom.clar", "(/ 1 0)")})["error"]["kind"], "Runtime");
  EXPECT_EQ(Json({"call", "boom", "f"})["error"]["kind"], "NoSuchContract");
}

TEST_F(ClarityCliStateTest, SenderOwnsDeploymentsAndNamesAreItsOwn) {
  const std::string other = "ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5";
  std::string file = File("who.clar", "(define-read-only (who) (ok tx-sender)) (define-public (me) (ok tx-sender))");
  EXPECT_EQ(Json({"--sender", other, "deploy", "who", file})["result"], "true");
  // `who` alone is the sender's contract: the default sender has none.
  EXPECT_EQ(Json({"call", "who", "who"})["error"]["kind"], "NoSuchContract");
  EXPECT_EQ(Json({"call", other + ".who", "who"})["result"], "(ok " + std::string(kDeployer) + ")");
  EXPECT_EQ(Json({"--sender", other, "call", "who", "me"})["result"], "(ok " + other + ")");
}

TEST_F(ClarityCliStateTest, DeploymentWithoutAValueAnswersAsTheSimnet) {
  // `true` for a contract with functions or traits, `none` for one without, a value when there is one.
  EXPECT_EQ(Json({"deploy", "a", File("a.clar", "(define-read-only (f) 1)")})["result"], "true");
  EXPECT_EQ(Json({"deploy", "b", File("b.clar", "(define-trait t ((f () (response bool bool))))")})["result"], "true");
  EXPECT_EQ(Json({"deploy", "c", File("c.clar", ";; only a comment\n")})["result"], "none");
  EXPECT_EQ(Json({"deploy", "d", File("d.clar", "(define-data-var x int 1)")})["result"], "none");
  EXPECT_EQ(Json({"deploy", "e", File("e.clar", "(define-read-only (f) 1) (+ 1 2)")})["result"], "3");
}

TEST_F(ClarityCliStateTest, PlainOutput) {
  std::string file = File("counter.clar", kCounter);
  Outcome o = Run({"--db", Db(), "deploy", "counter", file});
  EXPECT_EQ(o.exit_code, kExitOk) << o.err;
  EXPECT_EQ(o.out, "true\n");
  o = Run({"--db", Db(), "call", "counter", "add", "u7"});
  EXPECT_EQ(o.out, "(ok u7)\n");
  o = Run({"--db", Db(), "call", "counter", "hidden"});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(o.err.rfind("error: NoSuchPublicFunction(", 0), 0u) << o.err;
}

TEST_F(ClarityCliStateTest, RunDeploysIntoAFreshStateAndCalls) {
  std::string file = File("counter.clar", kCounter);
  Outcome o = Run({"--json", "run", file, "add", "u4"});
  EXPECT_EQ(o.exit_code, kExitOk) << o.out << o.err;
  EXPECT_EQ(nlohmann::json::parse(o.out)["result"], "(ok u4)");
  // Fresh every time.
  o = Run({"run", file, "add", "u4"});
  EXPECT_EQ(o.out, "(ok u4)\n");
  // A file whose stem is not a contract name deploys as `contract`.
  std::string odd = File("my counter.clar", kCounter);
  EXPECT_EQ(Run({"run", odd, "get-n"}).out, "u0\n");
  o = Run({"--json", "run", File("bad.clar", "(define-public (f) (ok (/ 1 0)))"), "f"});
  EXPECT_EQ(nlohmann::json::parse(o.out)["error"]["kind"], "Runtime");
  ExpectUsageError({"--db", Db(), "run", file, "get-n"},
                   "--db applies to check, deploy and call only ('run' uses a fresh state)");
  ExpectUsageError({"--db", Db(), "eval", "1"},
                   "--db applies to check, deploy and call only ('eval' uses a fresh state)");
}

TEST_F(ClarityCliStateTest, DbThatIsNotAStoreIsRefused) {
  std::string junk = File("junk.db", "this is not a database, just some text long enough to be a header ....");
  Outcome o = Run({"--json", "--db", junk, "call", "counter", "get-n"});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(nlohmann::json::parse(o.out)["error"]["kind"], "Store") << o.out;
  o = Run({"--db", m_dir.File("no/such/dir/state.db"), "deploy", "c", File("c.clar", "(define-read-only (f) 1)")});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(o.err.rfind("error: ", 0), 0u) << o.err;
}

TEST_F(ClarityCliStateTest, RejectsBadContractReferences) {
  ExpectUsageError({"call", "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.", "f"},
                   "bad contract ''ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.': " +
                       codec::ParseContractPrincipal("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.").error().message);
  Outcome o = Run({"deploy", std::string(41, 'a'), File("c.clar", "1")});
  EXPECT_EQ(o.exit_code, kExitUsage);
  EXPECT_EQ(o.err.rfind("error: bad contract name '", 0), 0u) << o.err;
}

TEST_F(ClarityCliTest, CheckPassesAWellTypedContract) {
  std::string file = TempFile("(define-data-var n uint u0) (define-public (f) (ok (var-get n)))");
  Outcome o = Run({"check", file});
  EXPECT_EQ(o.exit_code, kExitOk) << o.err;
  EXPECT_EQ(o.out, "Checks passed.\n");
  o = Run({"--json", "check", file});
  ASSERT_EQ(o.exit_code, kExitOk) << o.err;
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["message"], "Checks passed.");
  ASSERT_EQ(j["interface"]["functions"].size(), 1u) << o.out;
  EXPECT_EQ(j["interface"]["functions"][0]["name"], "f");
  EXPECT_EQ(j["interface"]["functions"][0]["access"], "public");
  EXPECT_EQ(j["interface"]["variables"][0]["name"], "n");
}

TEST_F(ClarityCliTest, CheckRefusesWhatTheAnalysisRefuses) {
  // A type error, an undefined function, a read-only function that writes, a public function without a response.
  Outcome o = Run({"--json", "check", TempFile("(define-read-only (f) (+ 1 u1))")});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(nlohmann::json::parse(o.out)["error"]["kind"], "Analysis") << o.out;
  EXPECT_NE(o.out.find("Analysis(TypeError(int, uint)"), std::string::npos) << o.out;
  o = Run({"--json", "check", TempFile("(define-private (f) (foo 1))")});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(nlohmann::json::parse(o.out)["error"]["kind"], "Analysis") << o.out;
  o = Run({"--json", "check", TempFile("(define-data-var n int 0) (define-read-only (f) (var-set n 1))")});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_NE(o.out.find("WriteAttemptedInReadOnly"), std::string::npos) << o.out;
  o = Run({"--json", "check", TempFile("(define-public (f) u1)")});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_NE(o.out.find("PublicFunctionMustReturnResponse"), std::string::npos) << o.out;
  // A parse error is the parser's, not the analysis'.
  o = Run({"--json", "check", TempFile("(define-public (f) (ok u1)")});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(nlohmann::json::parse(o.out)["error"]["kind"], "Parse") << o.out;
}

TEST_F(ClarityCliStateTest, CheckSeesTheContractsOfItsDb) {
  const std::string db = m_dir.File("state.db");
  std::string caller = File("caller.clar", "(define-public (g) (contract-call? .callee f))");
  // Without the callee deployed the call cannot be checked; with it, it can.
  Outcome o = Run({"--json", "--db", db, "check", caller});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_NE(o.out.find("NoSuchContract"), std::string::npos) << o.out;
  o = Run({"--db", db, "deploy", "callee", File("callee.clar", "(define-public (f) (ok u1))")});
  ASSERT_EQ(o.exit_code, kExitOk) << o.err;
  o = Run({"--db", db, "check", caller});
  EXPECT_EQ(o.exit_code, kExitOk) << o.err;
  // check stores nothing: the checked contract cannot be called.
  o = Run({"--json", "--db", db, "call", "caller", "g"});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(nlohmann::json::parse(o.out)["error"]["kind"], "NoSuchContract") << o.out;
}

TEST_F(ClarityCliStateTest, DeployRunsTheAnalysisFirst) {
  const std::string db = m_dir.File("state.db");
  // The analysis refuses the contract before anything runs: its print never happens and nothing is stored.
  Outcome o = Run({"--json", "--db", db, "deploy", "c", File("c.clar", "(print u1) (define-read-only (f) (+ 1 u1))")});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(nlohmann::json::parse(o.out)["error"]["kind"], "Analysis") << o.out;
  o = Run({"--json", "--db", db, "deploy", "c", File("c.clar", "(define-read-only (f) (+ 1 1))")});
  EXPECT_EQ(o.exit_code, kExitOk) << o.out;
}

// --- eval: errors with the reference's kinds. ---

TEST_F(ClarityCliTest, EvalRuntimeErrors) {
  Outcome o = Run({"eval", "(/ 1 0)"});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "error: Runtime(DivisionByZero)\n");
  ExpectJsonError({"eval", "(/ 1 0)"}, "Runtime", "Runtime(DivisionByZero)");
  ExpectJsonError({"eval", "(+ u1 (- u0 u1))"}, "Runtime", "Runtime(ArithmeticUnderflow)");
  ExpectJsonError({"eval", "(asserts! false (err u7))"}, "EarlyReturn", "EarlyReturn(AssertionFailed((err u7)))");
  ExpectJsonError({"eval", "(unwrap-panic none)"}, "Runtime", "Runtime(UnwrapFailure)");
}

TEST_F(ClarityCliTest, EvalAnalysisErrors) {
  ExpectJsonError({"eval", "(foo 1)"}, "Unchecked", "Unchecked(UndefinedFunction(foo))");
  Outcome o = Run({"--json", "eval", "(+ 1 u1)"});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(nlohmann::json::parse(o.out)["error"]["kind"], "Unchecked") << o.out;
}

TEST_F(ClarityCliTest, EvalParseErrors) {
  Outcome o = Run({"--json", "eval", "(+ 1 2"});
  EXPECT_EQ(o.exit_code, kExitFailure);
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["error"]["kind"], "Parse") << o.out;
  EXPECT_NE(j["error"]["message"].get<std::string>().find("ExpectedClosing"), std::string::npos) << o.out;
}

TEST_F(ClarityCliTest, EvalNeedsStateIsUnimplemented) {
  Outcome o = Run({"--json", "eval", "(define-constant a 1)"});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(nlohmann::json::parse(o.out)["error"]["kind"], "Unimplemented") << o.out;
  o = Run({"--json", "eval", "stacks-block-height"});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(nlohmann::json::parse(o.out)["error"]["kind"], "Unimplemented") << o.out;
  // Epochs 2.0 and 2.05 evaluate (parser v1, costs-1 and costs-2-testnet: the reference's (+ 1 2) costs).
  o = Run({"--json", "--epoch", "2.05", "eval", "(+ 1 2)"});
  EXPECT_EQ(o.exit_code, 0) << o.out;
  EXPECT_EQ(nlohmann::json::parse(o.out)["costs"]["runtime"], 196) << o.out;
  o = Run({"--json", "--epoch", "2.0", "eval", "(+ 1 2)"});
  EXPECT_EQ(o.exit_code, 0) << o.out;
  EXPECT_EQ(nlohmann::json::parse(o.out)["costs"]["runtime"], 4000) << o.out;
}

TEST_F(ClarityCliTest, EvalCostExhaustion) {
  GlobalOptions options;
  options.json = true;
  options.eval.cost_limit = costs::ExecutionCost{};
  options.eval.cost_limit->runtime = 100;
  Outcome o = EvalToOutcome("(+ 1 2)", options);  // 163 in Epoch 3.0
  EXPECT_EQ(o.exit_code, kExitFailure);
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["error"]["kind"], "CostBalanceExceeded") << o.out;
  options.json = false;
  o = EvalToOutcome("(+ 1 2)", options);
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_EQ(o.err.rfind("error: cost limit exceeded", 0), 0u) << o.err;
}

TEST_F(ClarityCliTest, ErrorKindOfOtherErrors) {
  EXPECT_EQ(ErrorKind(util::ResourceExhausted("cost overflow in runtime")), "CostOverflow");
  EXPECT_EQ(ErrorKind(util::Unimplemented("x")), "Unimplemented");
  EXPECT_EQ(ErrorKind(util::IoError("x")), "Store");
  EXPECT_EQ(ErrorKind(util::Corruption("x")), "Store");
  EXPECT_EQ(ErrorKind(util::FailedPrecondition("x")), "Interpreter");
  EXPECT_EQ(ErrorKind(util::NotFound("NoSuchContract(ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c)")), "NoSuchContract");
  // A public function that is not public, found by a dynamic contract-call?, is a refused call as the reference's
  // tools report it.
  EXPECT_EQ(ErrorKind(util::ConsensusViolation(
                "RuntimeCheck(NoSuchPublicFunction(ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c, f))")),
            "NoSuchPublicFunction");
  EXPECT_EQ(
      ErrorKind(util::ConsensusViolation("RuntimeCheck(NoSuchContract(ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c))")),
      "RuntimeCheck");
}

// --- eval: exact output. Hex by hand from the consensus format. ---

TEST_F(ClarityCliTest, EvalPlainOutput) {
  struct Case {
    const char* expr;
    const char* text;
  };
  for (const Case& c :
       {Case{"(+ 1 2)", "3"}, Case{"(ok u3)", "(ok u3)"}, Case{"(list 1 2)", "(1 2)"}, Case{"\"a\\\"b\"", "\"a\\\"b\""},
        Case{"{a: 1, b: u2}", "(tuple (a 1) (b u2))"}, Case{"none", "none"}, Case{"(some 0x01)", "(some 0x01)"},
        Case{"is-in-mainnet", "false"}, Case{"chain-id", "u2147483648"}}) {
    Outcome o = Run({"eval", c.expr});
    EXPECT_EQ(o.exit_code, kExitOk) << c.expr << ": " << o.err;
    EXPECT_EQ(o.out, std::string(c.text) + "\n") << c.expr;
    EXPECT_EQ(o.err, "");
  }
}

TEST_F(ClarityCliTest, EvalJsonOutputExact) {
  // int 3: type 0x00, 16 bytes big-endian; cost_lookup_function + cost_add(2) = 163 in Epoch 3.0.
  Outcome o = Run({"--json", "eval", "(+ 1 2)"});
  EXPECT_EQ(o.exit_code, kExitOk) << o.err;
  EXPECT_EQ(o.out,
            "{\"result\": \"3\", \"hex\": \"0x0000000000000000000000000000000003\", \"costs\": {\"runtime\": 163, "
            "\"read_count\": 0, \"read_length\": 0, \"write_count\": 0, \"write_length\": 0}, \"events\": []}\n");
  // Literals are free. true: 0x03. ascii "a\"b": 0x0d, length 3, bytes.
  o = Run({"eval", "true", "--json"});
  EXPECT_EQ(o.out,
            "{\"result\": \"true\", \"hex\": \"0x03\", \"costs\": {\"runtime\": 0, \"read_count\": 0, "
            "\"read_length\": 0, \"write_count\": 0, \"write_length\": 0}, \"events\": []}\n");
  o = Run({"--json", "eval", "\"a\\\"b\""});
  EXPECT_EQ(o.out,
            "{\"result\": \"\\\"a\\\\\\\"b\\\"\", \"hex\": \"0x0d00000003612262\", \"costs\": {\"runtime\": 0, "
            "\"read_count\": 0, \"read_length\": 0, \"write_count\": 0, \"write_length\": 0}, \"events\": []}\n");
  EXPECT_EQ(nlohmann::json::parse(o.out)["result"], "\"a\\\"b\"");
}

TEST_F(ClarityCliTest, EvalJsonHexByHand) {
  struct Case {
    const char* expr;
    const char* result;
    const char* hex;
  };
  for (const Case& c : {
           // (ok u3): 0x07, then uint 0x01 + 16 bytes.
           Case{"(ok u3)", "(ok u3)", "0x070100000000000000000000000000000003"},
           // list: 0x0b, u32 count, items.
           Case{"(list 1 2)", "(1 2)",
                "0x0b000000020000000000000000000000000000000001"
                "0000000000000000000000000000000002"},
           // tuple: 0x0c, u32 count, (u8 name length, name, value) in name order.
           Case{"{b: u2, a: 1}", "(tuple (a 1) (b u2))",
                "0x0c00000002"
                "0161"
                "0000000000000000000000000000000001"
                "0162"
                "0100000000000000000000000000000002"},
           // (some 0x01): 0x0a, buffer 0x02 + u32 length + bytes.
           Case{"(some 0x01)", "(some 0x01)", "0x0a020000000101"},
           // (err none): 0x08, none 0x09.
           Case{"(err none)", "(err none)", "0x0809"},
           Case{"chain-id", "u2147483648", "0x0100000000000000000000000080000000"},
       }) {
    Outcome o = Run({"--json", "eval", c.expr});
    ASSERT_EQ(o.exit_code, kExitOk) << c.expr << ": " << o.out << o.err;
    auto j = nlohmann::json::parse(o.out);
    EXPECT_EQ(j["result"], c.result) << c.expr;
    EXPECT_EQ(j["hex"], c.hex) << c.expr;
    EXPECT_EQ(j["events"], nlohmann::json::array());
    EXPECT_EQ(j["costs"].size(), 5u);
    // Calls are charged; chain-id is free (as the reference's keyword).
    bool is_call = c.expr[0] == '(' || c.expr[0] == '{';
    EXPECT_EQ(j["costs"]["runtime"].get<uint64_t>() > 0, is_call) << c.expr;
  }
}

TEST_F(ClarityCliTest, EpochAndVersionReachTheEvaluator) {
  // Epoch 2.1 defaults to Clarity 2: chain-id exists. Clarity 1 does not have it.
  Outcome o = Run({"--epoch", "2.1", "eval", "chain-id"});
  EXPECT_EQ(o.out, "u2147483648\n") << o.err;
  o = Run({"--epoch", "2.1", "--clarity-version", "1", "--json", "eval", "chain-id"});
  EXPECT_EQ(o.exit_code, kExitFailure);
  EXPECT_FALSE(nlohmann::json::parse(o.out).contains("result")) << o.out;
  auto line = ParseCommandLine({"--epoch", "3.3", "eval", "1"});
  ASSERT_TRUE(line.has_value());
  EXPECT_EQ(line->options.eval.clarity_version, vm::ClarityVersion::kClarity4);
  // Epoch 3.4 defaults to Clarity 5, 4.0 to Clarity 6; each allows the versions before.
  line = ParseCommandLine({"--epoch", "3.4", "eval", "1"});
  ASSERT_TRUE(line.has_value());
  EXPECT_EQ(line->options.eval.clarity_version, vm::ClarityVersion::kClarity5);
  line = ParseCommandLine({"--epoch", "4.0", "eval", "1"});
  ASSERT_TRUE(line.has_value());
  EXPECT_EQ(line->options.eval.clarity_version, vm::ClarityVersion::kClarity6);
  line = ParseCommandLine({"--epoch", "4.0", "--clarity-version", "5", "eval", "1"});
  ASSERT_TRUE(line.has_value());
  EXPECT_EQ(line->options.eval.clarity_version, vm::ClarityVersion::kClarity5);
  // Clarity 6 at 4.0 (costs-5) evaluates; Clarity 5 lacks Clarity 6's natives.
  o = Run({"--epoch", "4.0", "eval", "(+ 1 2)"});
  EXPECT_EQ(o.out, "3\n") << o.err;
  o = Run({"--epoch", "4.0", "--clarity-version", "5", "--json", "eval", "(secp256k1-decompress? 0x00)"});
  EXPECT_EQ(o.exit_code, kExitFailure) << o.out;
  line = ParseCommandLine({"--epoch", "3.3", "eval", "1"});
  ASSERT_TRUE(line.has_value());
  EXPECT_EQ(line->options.eval.chain_id, vm::CHAIN_ID_TESTNET);
  EXPECT_FALSE(line->options.eval.mainnet);
  EXPECT_EQ(line->options.sender, std::string(kDefaultSender));
}

TEST_F(ClarityCliTest, HelpPrintsUsage) {
  Outcome o = Run({"--help"});
  EXPECT_EQ(o.exit_code, kExitOk);
  EXPECT_EQ(o.out, UsageText());
}

// --- repl ---

TEST_F(ClarityCliTest, ReplEvaluatesLinesUntilQuit) {
  std::deque<std::string> lines = {"(+ 1 2)", "", "  (/ 1 0)  ", ":quit", "(+ 3 4)"};
  std::vector<std::string> prompts;
  LineReader reader = [&](const std::string& prompt) -> std::optional<std::string> {
    prompts.push_back(prompt);
    if (lines.empty()) return std::nullopt;
    std::string line = lines.front();
    lines.pop_front();
    return line;
  };
  std::ostringstream out;
  std::ostringstream err;
  EXPECT_EQ(RunRepl(GlobalOptions{}, reader, out, err), kExitOk);
  EXPECT_EQ(out.str(), "3\n");
  EXPECT_EQ(err.str(), "error: Runtime(DivisionByZero)\n");
  EXPECT_EQ(lines.size(), 1u);  // stopped at :quit
  EXPECT_EQ(prompts.size(), 4u);
}

TEST_F(ClarityCliTest, ReplEndsAtEndOfInputAndHonoursJson) {
  std::deque<std::string> lines = {"(ok u3)", "(foo)"};
  LineReader reader = [&](const std::string&) -> std::optional<std::string> {
    if (lines.empty()) return std::nullopt;
    std::string line = lines.front();
    lines.pop_front();
    return line;
  };
  GlobalOptions options;
  options.json = true;
  std::ostringstream out;
  std::ostringstream err;
  EXPECT_EQ(RunRepl(options, reader, out, err), kExitOk);
  std::istringstream results(out.str());
  std::string first;
  std::string second;
  std::getline(results, first);
  std::getline(results, second);
  EXPECT_EQ(nlohmann::json::parse(first)["hex"], "0x070100000000000000000000000000000003");
  EXPECT_EQ(nlohmann::json::parse(second)["error"]["kind"], "Unchecked");
  EXPECT_EQ(err.str(), "");
}

TEST_F(ClarityCliTest, ReplAsSubcommandOfExecuteIsRefused) {
  Outcome o = Run({"repl"});
  EXPECT_EQ(o.exit_code, kExitUsage);
}

}  // namespace
}  // namespace stacks::clarity::cli
