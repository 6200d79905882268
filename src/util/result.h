// Result<T>: a value or an Error, the project's way of reporting failure.
//
// Every function that can fail on input it does not control (bytes from peers, HTTP bodies, config files, Clarity
// source, command-line arguments) returns a Result. No exception crosses a public header. `assert` guards only the
// project's own invariants.
//
// Example:
//   util::Result<Bytes> r = util::FromHex(text);
//   if (!r) return r.error();          // propagate
//   Use(*r);
//
//   STACKS_TRY(auto bytes, util::FromHex(text));   // the same in one line
//
// Result has std::optional's API (has_value(), value(), operator*, operator->, explicit operator bool) plus error().
// Calling value() on an error aborts: callers check first. When C++23 arrives this becomes std::expected.
#pragma once

#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace stacks::util {

/// The few error codes of the project. Pick the most specific one that fits.
enum class ErrorCode {
  kInvalidArgument,     ///< The caller's input is malformed or out of range (bad hex, bad checksum, bad length).
  kNotFound,            ///< A looked-up thing does not exist.
  kCorruption,          ///< Stored data fails its own checks.
  kIo,                  ///< The operating system, a socket or a database failed.
  kConsensusViolation,  ///< Well-formed input that the consensus rules reject.
  kFailedPrecondition,  ///< The system is not in a state where the call can proceed.
  kResourceExhausted,   ///< A limit (size, depth, cost, count) was exceeded.
  kUnimplemented,       ///< A valid request for something this build does not do.
};

/// The stable lower-case name of a code, e.g. "invalid_argument".
std::string_view ErrorCodeName(ErrorCode code);

/// A failure: a code and a one-line message naming what is wrong.
struct Error {
  ErrorCode code;
  std::string message;

  /// "invalid_argument: bad checksum"
  std::string ToString() const;
  bool operator==(const Error&) const = default;
};

/// Builders for each code.
inline Error InvalidArgument(std::string m) { return {ErrorCode::kInvalidArgument, std::move(m)}; }
inline Error NotFound(std::string m) { return {ErrorCode::kNotFound, std::move(m)}; }
inline Error Corruption(std::string m) { return {ErrorCode::kCorruption, std::move(m)}; }
inline Error IoError(std::string m) { return {ErrorCode::kIo, std::move(m)}; }
inline Error ConsensusViolation(std::string m) { return {ErrorCode::kConsensusViolation, std::move(m)}; }
inline Error FailedPrecondition(std::string m) { return {ErrorCode::kFailedPrecondition, std::move(m)}; }
inline Error ResourceExhausted(std::string m) { return {ErrorCode::kResourceExhausted, std::move(m)}; }
inline Error Unimplemented(std::string m) { return {ErrorCode::kUnimplemented, std::move(m)}; }

/// Either a T or an Error; never both, never neither.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}  // NOLINT(google-explicit-constructor)
  /// A T built in place from `args` (for a value filled in where it stands rather than moved in).
  template <typename... Args>
  explicit Result(std::in_place_t, Args&&... args) : m_v(std::in_place_index<0>, std::forward<Args>(args)...) {}

  bool has_value() const { return m_v.index() == 0; }
  explicit operator bool() const { return has_value(); }

  /// REQUIRES: has_value(). Aborts otherwise.
  T& value() & { return CheckValue(), std::get<0>(m_v); }
  const T& value() const& { return CheckValue(), std::get<0>(m_v); }
  T&& value() && { return CheckValue(), std::get<0>(std::move(m_v)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  /// REQUIRES: !has_value(). Aborts otherwise.
  const Error& error() const& {
    if (has_value()) std::abort();
    return std::get<1>(m_v);
  }
  Error&& error() && {
    if (has_value()) std::abort();
    return std::get<1>(std::move(m_v));
  }

 private:
  void CheckValue() const {
    if (!has_value()) std::abort();
  }
  std::variant<T, Error> m_v;
};

namespace result_internal {
/// The heap copy of a failed Status's Error, and its release: out of line and cold, so that the code which makes,
/// checks and drops Statuses (nearly all of them successes) stays small where it is inlined.
[[gnu::cold, gnu::noinline]] Error* NewError(Error&& error);
[[gnu::cold, gnu::noinline]] Error* CopyError(const Error& error);
[[gnu::cold, gnu::noinline]] void DeleteError(Error* error);
}  // namespace result_internal

/// Success with nothing to return, or an Error.
///
/// One word, as absl::Status is: success is a null pointer, and a failure's Error lives on the heap. Statuses are
/// made, checked and dropped on every charge of the Clarity evaluator, nearly all of them successes, which then
/// cost a store and a test instead of building and destroying an empty Error (whose string's destructor is a call).
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : m_error(result_internal::NewError(std::move(error))) {}  // NOLINT(google-explicit-constructor)
  Result(const Result& other)
      : m_error(other.m_error != nullptr ? result_internal::CopyError(*other.m_error) : nullptr) {}
  Result(Result&& other) noexcept : m_error(std::exchange(other.m_error, nullptr)) {}
  Result& operator=(const Result& other) {
    if (this != &other) {
      Error* copy = other.m_error != nullptr ? result_internal::CopyError(*other.m_error) : nullptr;
      Release();
      m_error = copy;
    }
    return *this;
  }
  Result& operator=(Result&& other) noexcept {
    if (this != &other) {
      Release();
      m_error = std::exchange(other.m_error, nullptr);
    }
    return *this;
  }
  ~Result() { Release(); }

  bool has_value() const { return m_error == nullptr; }
  explicit operator bool() const { return m_error == nullptr; }
  /// REQUIRES: !has_value(). Aborts otherwise.
  const Error& error() const& {
    if (m_error == nullptr) std::abort();
    return *m_error;
  }
  /// REQUIRES: !has_value(). Aborts otherwise. The Error stays this Status's: move from it before the Status ends.
  Error&& error() && {
    if (m_error == nullptr) std::abort();
    return std::move(*m_error);
  }

 private:
  void Release() {
    if (m_error != nullptr) result_internal::DeleteError(m_error);
  }
  Error* m_error = nullptr;  ///< Owned; null on success.
};

using Status = Result<void>;

}  // namespace stacks::util

#define STACKS_CONCAT_INNER_(a, b) a##b
#define STACKS_CONCAT_(a, b) STACKS_CONCAT_INNER_(a, b)

/// Return the error of a Result<void> expression, if any.
#define STACKS_RETURN_IF_ERROR(expr)                               \
  do {                                                             \
    auto stacks_status_ = (expr);                                  \
    if (!stacks_status_) return std::move(stacks_status_).error(); \
  } while (0)

/// `STACKS_TRY(auto x, Expr())`: evaluate a Result; on error return it, else bind its value to x.
#define STACKS_TRY(lhs, expr) STACKS_TRY_IMPL_(STACKS_CONCAT_(stacks_try_, __LINE__), lhs, expr)
#define STACKS_TRY_IMPL_(tmp, lhs, expr)   \
  auto tmp = (expr);                       \
  if (!tmp) return std::move(tmp).error(); \
  lhs = std::move(tmp).value()
