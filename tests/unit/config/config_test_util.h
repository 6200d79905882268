// Helpers shared by the config tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "test_util.h"
#include "util/result.h"

namespace stacks::config::testing {

/// Success iff `r` failed with `code` and a message containing `needle`.
template <typename T>
::testing::AssertionResult HasError(const util::Result<T>& r, util::ErrorCode code, std::string_view needle) {
  const util::Error error = stacks::testing::ErrorOf(r);
  if (error.code != code) {
    return ::testing::AssertionFailure() << "code " << util::ErrorCodeName(error.code) << ", expected "
                                         << util::ErrorCodeName(code) << "; message: " << error.message;
  }
  if (error.message.find(needle) == std::string::npos) {
    return ::testing::AssertionFailure() << "message \"" << error.message << "\" lacks \"" << needle << "\"";
  }
  return ::testing::AssertionSuccess();
}

}  // namespace stacks::config::testing
