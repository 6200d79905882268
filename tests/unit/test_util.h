// Helpers shared by the unit tests: the error of a Result, the published vectors in tests/unit/data/, and a temporary
// directory removed at the end of the test.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "util/hex.h"
#include "util/result.h"

namespace stacks::testing {

/// The error of `r`, or an error no test expects (kUnimplemented "<succeeded>") when `r` unexpectedly succeeded, so
/// that `EXPECT_EQ(ErrorOf(r).code, ErrorCode::kInvalidArgument)` fails readably instead of aborting.
/// The N bytes `hex` spells, for fixed-size keys and signatures in tests; a failed expectation if it spells another
/// length (then zero-padded or cut).
template <size_t N>
std::array<uint8_t, N> FixedBytes(std::string_view hex) {
  util::Bytes bytes = util::FromHex(hex).value();
  std::array<uint8_t, N> out{};
  EXPECT_EQ(bytes.size(), N);
  std::copy(bytes.begin(), bytes.begin() + std::min(N, bytes.size()), out.begin());
  return out;
}

template <typename T>
util::Error ErrorOf(const util::Result<T>& r) {
  return r ? util::Error{util::ErrorCode::kUnimplemented, "<succeeded>"} : r.error();
}

/// The JSON file `name` from tests/unit/data/. A missing or malformed file fails the calling test.
inline nlohmann::json LoadTestData(std::string_view name) {
  std::string path = std::string(STACKS_TEST_DATA_DIR) + "/" + std::string(name);
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  return nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
}

/// A fresh directory under the system's temporary directory, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "stacks-test-XXXXXX").string();
    const char* made = mkdtemp(pattern.data());
    EXPECT_NE(made, nullptr) << "mkdtemp failed";
    m_path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return m_path; }
  /// `name` inside the directory.
  std::string File(const std::string& name) const { return (std::filesystem::path(m_path) / name).string(); }

 private:
  std::string m_path;
};

}  // namespace stacks::testing
