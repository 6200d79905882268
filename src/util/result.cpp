#include "util/result.h"

namespace stacks::util {

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return "invalid_argument";
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kCorruption:
      return "corruption";
    case ErrorCode::kIo:
      return "io";
    case ErrorCode::kConsensusViolation:
      return "consensus_violation";
    case ErrorCode::kFailedPrecondition:
      return "failed_precondition";
    case ErrorCode::kResourceExhausted:
      return "resource_exhausted";
    case ErrorCode::kUnimplemented:
      return "unimplemented";
  }
  return "unknown";
}

namespace result_internal {

Error* NewError(Error&& error) { return new Error(std::move(error)); }
Error* CopyError(const Error& error) { return new Error(error); }
void DeleteError(Error* error) { delete error; }

}  // namespace result_internal

std::string Error::ToString() const { return std::string(ErrorCodeName(code)) + ": " + message; }

}  // namespace stacks::util
