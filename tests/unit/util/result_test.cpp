#include "util/result.h"

#include <gtest/gtest.h>

#include <memory>

namespace stacks::util {
namespace {

Result<int> ParsePositive(int v) {
  if (v <= 0) return InvalidArgument("not positive: " + std::to_string(v));
  return v;
}

Result<int> DoublePositive(int v) {
  STACKS_TRY(int x, ParsePositive(v));
  return 2 * x;
}

Status CheckEven(int v) {
  if (v % 2) return FailedPrecondition("odd");
  return {};
}

Status CheckBoth(int v) {
  STACKS_RETURN_IF_ERROR(CheckEven(v));
  STACKS_TRY(int unused, ParsePositive(v));
  (void)unused;
  return {};
}

TEST(ResultTest, TryPropagatesError) {
  auto r = DoublePositive(-1);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().ToString(), "invalid_argument: not positive: -1");
}

TEST(ResultTest, TryBindsValue) {
  auto r = DoublePositive(21);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(*r, 42);
}

TEST(ResultTest, StatusPropagatesFirstFailure) {
  EXPECT_TRUE(CheckBoth(4));
  auto odd = CheckBoth(3);
  ASSERT_FALSE(odd);
  EXPECT_EQ(odd.error().code, ErrorCode::kFailedPrecondition);
  auto neg = CheckBoth(-2);
  ASSERT_FALSE(neg);
  EXPECT_EQ(neg.error().code, ErrorCode::kInvalidArgument);
}

TEST(ResultTest, HoldsMoveOnlyValues) {
  Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
  ASSERT_TRUE(r);
  std::unique_ptr<int> p = std::move(r).value();
  EXPECT_EQ(*p, 7);
}

TEST(ResultTest, StatusCopiesOwnTheirError) {
  Status failed = NotFound("missing key");
  Status copy = failed;
  ASSERT_FALSE(copy);
  EXPECT_EQ(copy.error(), failed.error());
  // The copy is its own: moving its error out leaves the original as it was.
  Error taken = std::move(copy).error();
  EXPECT_EQ(taken.message, "missing key");
  EXPECT_EQ(failed.error().message, "missing key");
  EXPECT_EQ(failed.error().code, ErrorCode::kNotFound);
}

TEST(ResultTest, StatusAssignmentReplacesOrClearsTheError) {
  Status status = Corruption("first");
  status = Status(IoError("second"));
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kIo);
  EXPECT_EQ(status.error().message, "second");
  const Status ok;
  status = ok;  // copy-assigning a success clears the error
  EXPECT_TRUE(status);
  Status other = InvalidArgument("third");
  status = std::move(other);  // move-assigning a failure takes it over
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().message, "third");
  Status& self = status;
  status = self;  // self-assignment keeps the error
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().message, "third");
}

TEST(ResultTest, StatusIsOneWord) { EXPECT_EQ(sizeof(Status), sizeof(void*)); }

TEST(ResultDeathTest, ErrorOnSuccessAborts) {
  Status ok;
  EXPECT_DEATH((void)ok.error(), "");
}

TEST(ResultDeathTest, ValueOnErrorAborts) {
  Result<int> r = NotFound("x");
  EXPECT_DEATH((void)r.value(), "");
}

}  // namespace
}  // namespace stacks::util
