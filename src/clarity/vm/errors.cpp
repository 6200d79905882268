#include "clarity/vm/errors.h"

#include "clarity/types/value_text.h"

namespace stacks::clarity::vm {

util::Error RuntimeError(std::string_view reason) {
  return util::ConsensusViolation("Runtime(" + std::string(reason) + ")");
}

util::Error ArithmeticError(std::string_view message) {
  return util::ConsensusViolation("Runtime(Arithmetic(\"" + std::string(message) + "\"))");
}

util::Error EarlyReturn(std::string_view kind, const Value& value) {
  return util::ConsensusViolation("EarlyReturn(" + std::string(kind) + "(" + ToReferenceString(value) + "))");
}

bool IsEarlyReturn(const util::Error& error) {
  return error.code == util::ErrorCode::kConsensusViolation && error.message.starts_with("EarlyReturn(");
}

util::Error ShortReturnSlot::Raise(std::string_view kind, Value value) {
  util::Error error = EarlyReturn(kind, value);
  m_value = std::move(value);
  return error;
}

std::optional<Value> ShortReturnSlot::Take(const util::Error& error) {
  if (!IsEarlyReturn(error) || !m_value) return std::nullopt;
  std::optional<Value> value = std::move(m_value);
  m_value.reset();
  return value;
}

util::Error RuntimeCheckError(std::string_view what) {
  return util::ConsensusViolation("RuntimeCheck(" + std::string(what) + ")");
}

util::Error InterpreterError(std::string_view what) {
  return util::FailedPrecondition("Internal(" + std::string(what) + ")");
}

util::Error CallError(std::string_view what) { return util::NotFound(std::string(what)); }

util::Error Unchecked(std::string_view what) { return util::InvalidArgument("Unchecked(" + std::string(what) + ")"); }

util::Error AnalysisError(util::Error error) {
  if (error.code == util::ErrorCode::kIo || error.code == util::ErrorCode::kCorruption) return error;
  if (error.code == util::ErrorCode::kResourceExhausted &&
      (error.message.rfind("cost limit exceeded", 0) == 0 || error.message.rfind("cost overflow", 0) == 0)) {
    return error;
  }
  return util::InvalidArgument("Analysis(" + error.message + ")");
}

util::Error AsRuntimeCheck(util::Error error) {
  constexpr std::string_view kUnchecked = "Unchecked(";
  if (error.code != util::ErrorCode::kInvalidArgument || error.message.rfind(kUnchecked, 0) != 0) return error;
  return util::Error{util::ErrorCode::kConsensusViolation, "RuntimeCheck(" + error.message.substr(kUnchecked.size())};
}

ErrorInfo ClassifyError(const util::Error& error) {
  const std::string& m = error.message;
  auto variant_and_reason = [&](std::string_view prefix) {
    std::string rest = m.substr(prefix.size() + 1);
    size_t end = rest.find_first_of("() ");  // a variant name ends at its fields or at " at <line>:<column>"
    return rest.substr(0, end);
  };
  for (std::string_view prefix : {"RuntimeCheck", "Runtime", "EarlyReturn", "Internal", "Unchecked", "Analysis"}) {
    if (m.size() > prefix.size() && m.compare(0, prefix.size(), prefix) == 0 && m[prefix.size()] == '(') {
      std::string kind = prefix == "Unchecked" || prefix == "Analysis" ? "analysis" : "runtime";
      return {kind, std::string(prefix), variant_and_reason(prefix)};
    }
  }
  if (error.code == util::ErrorCode::kNotFound) {
    for (std::string_view name : {"NoSuchContract", "NoSuchPublicFunction", "NoSuchFunction", "NotReadOnly"}) {
      if (m.size() > name.size() && m.compare(0, name.size(), name) == 0 && m[name.size()] == '(') {
        return {"call", std::string(name), ""};
      }
    }
  }
  if (error.code == util::ErrorCode::kResourceExhausted) return {"cost", "", ""};
  return {"internal", "", ""};
}

}  // namespace stacks::clarity::vm
