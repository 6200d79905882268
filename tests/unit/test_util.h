// Helpers shared by the unit tests: the error of a Result, and the published vectors in tests/unit/data/.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "util/result.h"

namespace stacks::testing {

/// The error of `r`, or an error no test expects (kUnimplemented "<succeeded>") when `r` unexpectedly succeeded, so
/// that `EXPECT_EQ(ErrorOf(r).code, ErrorCode::kInvalidArgument)` fails readably instead of aborting.
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

}  // namespace stacks::testing
