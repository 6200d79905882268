// Logging: structured key=value lines on stderr through spdlog.
//
//   LOG_INFO("burn block processed height={} hash={}", height, hash);
//
// Messages are short and stable; variable parts go in key=value pairs. Level is set once at start-up by the app
// (SetLogLevel); library code never configures logging.
#pragma once

#include <spdlog/spdlog.h>

#include <string_view>

namespace stacks::util {

/// Set the global level from a name: trace, debug, info, warn, error, off. Unknown names leave the level unchanged
/// and return false.
bool SetLogLevel(std::string_view level);

}  // namespace stacks::util

#define LOG_TRACE(...) SPDLOG_TRACE(__VA_ARGS__)
#define LOG_DEBUG(...) SPDLOG_DEBUG(__VA_ARGS__)
#define LOG_INFO(...) SPDLOG_INFO(__VA_ARGS__)
#define LOG_WARN(...) SPDLOG_WARN(__VA_ARGS__)
#define LOG_ERROR(...) SPDLOG_ERROR(__VA_ARGS__)
