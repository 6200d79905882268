// Randomness from the operating system's CSPRNG.
#pragma once

#include <cstdint>
#include <span>

namespace stacks::crypto {

/// Fill `out` with bytes from the kernel's CSPRNG (getrandom(2), blocking until the pool is first initialised).
///
/// Out: out: every byte overwritten; the caller owns the buffer.
/// Retries interrupted calls and short reads. Aborts the process if the kernel cannot supply randomness (no
/// getrandom(2), or an unexpected error): continuing without it would produce guessable keys.
/// Thread-safe.
void GetRandomBytes(std::span<uint8_t> out);

}  // namespace stacks::crypto
