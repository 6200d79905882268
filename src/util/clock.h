// The wall clock as the node uses it: Unix time in whole seconds (block and burn-block timestamps, mempool ages).
#pragma once

#include <chrono>
#include <cstdint>

namespace stacks::util {

/// Seconds since the Unix epoch, now. Thread-safe.
inline uint64_t UnixNowSecs() {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

}  // namespace stacks::util
