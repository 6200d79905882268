// apps/stacks-node as a user runs it: bad configuration files and arguments get one clear error line naming the
// problem and exit status 1, never a crash.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "../chainstate/chainstate_test_util.h"

namespace stacks::node {
namespace {

struct ProcessRun {
  int status = -1;
  std::string output;
};

ProcessRun RunNode(const std::string& arguments) {
  ProcessRun run;
  FILE* pipe = ::popen((std::string(STACKS_NODE_BINARY) + " " + arguments + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, n);
  const int status = ::pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

class StacksNodeMainTest : public ::testing::Test {
 protected:
  std::string Config(const std::string& text) {
    const std::string path = m_dir.File("node.toml");
    std::ofstream(path) << text;
    return path;
  }
  stacks::testing::TempDir m_dir;
};

TEST_F(StacksNodeMainTest, BadValuesAreNamedWithTheirLine) {
  const ProcessRun run =
      RunNode("start --config " + Config("[node]\nminer = true\nseed = \"zz\"\n[burnchain]\nchain = \"bitcoin\"\n"
                                         "mode = \"mocknet\"\ncommit_anchor_block_within = \"abc\"\n"));
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("burnchain.commit_anchor_block_within: expected a positive integer"), std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("node.seed: expected hex bytes"), std::string::npos) << run.output;
  EXPECT_EQ(run.output.find("zz"), std::string::npos) << "a secret is never echoed: " << run.output;
}

TEST_F(StacksNodeMainTest, UnknownKeysWarnAndAnUnsupportedModeIsRefused) {
  const ProcessRun run =
      RunNode("start --config " + Config("[node]\nfoo = 1\n[burnchain]\nchain = \"bitcoin\"\nmode = \"krypton\"\n"
                                         "[node_typo]\nx = 2\n"));
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("unknown key node.foo"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("mocknet"), std::string::npos) << run.output;
}

TEST_F(StacksNodeMainTest, TomlSyntaxErrorsAndMissingFilesAreErrors) {
  ProcessRun run = RunNode("start --config " + Config("[node\nminer = true\n"));
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("TOML syntax error"), std::string::npos) << run.output;
  run = RunNode("start --config " + m_dir.File("missing.toml"));
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("missing.toml"), std::string::npos) << run.output;
}

TEST_F(StacksNodeMainTest, BadArgumentsPrintUsage) {
  ProcessRun run = RunNode("start");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.output.find("--config FILE"), std::string::npos) << run.output;
  run = RunNode("frobnicate");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.output.find("unknown command 'frobnicate'"), std::string::npos) << run.output;
  run = RunNode("version");
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.output.find("stacks-node"), std::string::npos);
}

}  // namespace
}  // namespace stacks::node
