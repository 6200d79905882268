// Helpers shared by the chain unit tests: hex, error codes, the Stacks.js vectors, and small transactions to mutate.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "chain/transaction.h"
#include "crypto/secp256k1.h"
#include "test_util.h"
#include "util/hex.h"
#include "util/result.h"

namespace stacks::chain::testing {

/// The error code of `r`, or kUnimplemented (which no test expects) when `r` unexpectedly succeeded.
template <typename T>
util::ErrorCode CodeOf(const util::Result<T>& r) {
  return stacks::testing::ErrorOf(r).code;
}

/// The error message of `r`, or "<succeeded>".
template <typename T>
std::string MessageOf(const util::Result<T>& r) {
  return stacks::testing::ErrorOf(r).message;
}

inline util::Bytes Hex(std::string_view text) { return util::FromHex(text).value(); }

/// Appends literal bytes.
inline void AppendList(util::Bytes& out, std::initializer_list<uint8_t> bytes) { out.insert(out.end(), bytes); }

/// tests/unit/data/transaction_vectors.json (made with the real Stacks.js; see transaction_vectors.js there).
inline const nlohmann::json& Vectors() {
  static const nlohmann::json json = stacks::testing::LoadTestData("transaction_vectors.json");
  return json;
}

/// The hex of the Stacks.js vector called `name`.
inline std::string VectorHex(std::string_view name) {
  for (const auto& v : Vectors()["vectors"]) {
    if (v["name"] == name) return v["hex"];
  }
  ADD_FAILURE() << "no vector " << name;
  return {};
}

inline Transaction VectorTx(std::string_view name) { return DecodeTransactionHex(VectorHex(name)).value(); }

/// The private keys the vectors were signed with (transaction_vectors.js, KEYS).
inline crypto::PrivateKey VectorKey(int i) {
  static const char* const KEYS[] = {
      "edf9aee84d9b7abc145504dde6726c64f369d37ee34ded868fabd876c26570bc01",
      "9f1f4acc5b8ba4bcd2a6c6eb77a1d58c1d9dc0cd5be3b8db0d8b3e2c6a7f6e0101",
      "cd7a2fcd0d4de2a6c1a3f5d0b6e2dd5da8ef7f3e6b0f6d4c8b2a0e0c2f4d6b8a01",
  };
  return crypto::PrivateKey::FromHex(KEYS[i]).value();
}
inline crypto::PrivateKey UncompressedVectorKey() {
  return crypto::PrivateKey::FromHex("e494f188c2d35887531ba474c433b1e41fadd8eb824aca983447fd4bb8b277a8").value();
}
inline crypto::PrivateKey SponsorVectorKey() {
  return crypto::PrivateKey::FromHex("9888d734e6e80a943a6544159e31d6c7e342f695ec867d549c569fa0028892d401").value();
}

/// The serialization of `tx` as hex.
inline std::string ToHex(const Transaction& tx) { return util::ToHex(SerializeTransaction(tx)); }

}  // namespace stacks::chain::testing
