// stacks-node: runs a Stacks node from the reference's TOML configuration. See docs/NODE.md and docs/CONFIG.md.
//
//   stacks-node start --config FILE
//   stacks-node version
#include <signal.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "config/node_config.h"
#include "node/node_options.h"
#include "node/stacks_node.h"
#include "util/log.h"

namespace {

constexpr const char* USAGE =
    "usage:\n"
    "  stacks-node start --config FILE   run a node (mocknet) with the reference's TOML configuration\n"
    "  stacks-node version               print the version\n";

int Fail(const std::string& message) {
  std::fprintf(stderr, "error: %s\n", message.c_str());
  return 1;
}

/// The path given as `--config FILE` or `--config=FILE`, or an empty string.
std::string ConfigPath(const std::vector<std::string_view>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--config" && i + 1 < args.size()) return std::string(args[i + 1]);
    if (args[i].starts_with("--config=")) return std::string(args[i].substr(9));
  }
  return {};
}

int Start(const std::vector<std::string_view>& args) {
  const std::string path = ConfigPath(args);
  if (path.empty()) return Fail("start needs --config FILE\n" + std::string(USAGE));
  std::vector<std::string> warnings;
  auto config = stacks::config::LoadNodeConfigFile(path, &warnings);
  for (const auto& warning : warnings) LOG_WARN("config: {}", warning);
  if (!config) return Fail(config.error().message);  // It names the file.
  if (auto valid = stacks::config::ValidateNodeConfig(*config); !valid)
    return Fail(path + ": " + valid.error().message);
  const auto now_ms = static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
  auto options = stacks::node::NodeOptionsFromConfig(*config, now_ms);
  if (!options) return Fail(path + ": " + options.error().message);
  for (const auto& note : options->notes) LOG_INFO("config: {}", note);
  LOG_INFO("working directory {}", options->working_dir);

  // Signals are taken by sigwait below, never by a handler: block them before any thread starts, so every thread
  // inherits the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto node = stacks::node::StacksNode::Start(std::move(*options));
  if (!node) return Fail(node.error().message);
  int exit_code = 0;
  while (true) {
    const timespec poll{0, 200'000'000};
    const int signal = sigtimedwait(&signals, nullptr, &poll);
    if (signal == SIGINT || signal == SIGTERM) {
      LOG_INFO("received {}, shutting down", signal == SIGINT ? "SIGINT" : "SIGTERM");
      break;
    }
    if (auto failure = (*node)->failed()) {
      LOG_ERROR("stopping: {}", *failure);
      exit_code = 1;
      break;
    }
  }
  (*node)->Stop();
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  // As the reference: STACKS_LOG_DEBUG=1 turns on debug logging.
  if (const char* debug = std::getenv("STACKS_LOG_DEBUG"); debug != nullptr && std::string_view(debug) == "1") {
    stacks::util::SetLogLevel("debug");
  }
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
    std::fputs(USAGE, args.empty() ? stderr : stdout);
    return args.empty() ? 1 : 0;
  }
  if (args[0] == "version" || args[0] == "--version") {
    std::puts("stacks-node 0.1.0 (stacks-cpp)");
    return 0;
  }
  if (args[0] == "start") return Start(args);
  return Fail("unknown command '" + std::string(args[0]) + "'\n" + USAGE);
}
