// Evaluation errors of the Clarity interpreter, carried in util::Error as the reference's error kinds
// (stacks-core clarity/src/vm/errors.rs and clarity-types' error kinds).
//
// Every failure of evaluation is a util::Error whose message starts with the reference's variant, so that callers
// can tell the kinds apart without another type crossing the API:
//
//   Runtime(<RuntimeErrorType>)     kConsensusViolation  e.g. "Runtime(DivisionByZero)",
//                                                        "Runtime(Arithmetic(\"log2 must be passed a positive
//                                                        integer\"))"
//   EarlyReturn(<kind>(<value>))    kConsensusViolation  "EarlyReturn(AssertionFailed(u1))",
//                                                        "EarlyReturn(UnwrapFailed(none))": a short return (asserts!,
//                                                        unwrap!, try!, ...) that reached the top level; the
//                                                        value itself travels in a ShortReturnSlot (below), so a
//                                                        user function can return it
//   RuntimeCheck(<kind>)            kConsensusViolation  a type check only the running VM makes
//                                                        ("RuntimeCheck(SequenceElementArityMismatch)")
//   Unchecked(<CheckErrors>)        kInvalidArgument     what the reference's type checker refuses before running
//                                                        ("Unchecked(UndefinedFunction(foo))"); our evaluator finds it
//                                                        at run time because the type checker is not built yet
//   Internal(<kind>)                kFailedPrecondition  the reference's internal errors (VmExecutionError::Internal,
//                                                        "Internal(BadSymbolicRepresentation(..))",
//                                                        "Internal(Expect(..))"), unreachable after its static
//                                                        checks
//   cost limit / cost overflow      kResourceExhausted   from costs::CostTracker
//   NoSuchContract(<id>)            kNotFound            a transaction (not a contract) named a contract, a
//   NoSuchPublicFunction(<id>, <f>)                      function or a visibility that does not exist; nothing ran
//   NoSuchFunction(<id>, <f>)                            (see runtime.h); kind "call"
//   NotReadOnly(<id>, <f>)
//
// ClassifyError turns such an error back into the (kind, variant, reason) triple the differential tests compare.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "clarity/types/value.h"
#include "util/result.h"

namespace stacks::clarity::vm {

/// A runtime error of kind `reason` ("DivisionByZero", "ArithmeticOverflow", "ArithmeticUnderflow",
/// "UnwrapFailure", "MaxStackDepthReached", "MaxContextDepthReached", ...): "Runtime(<reason>)".
util::Error RuntimeError(std::string_view reason);
/// The reference's RuntimeErrorType::Arithmetic(message).
util::Error ArithmeticError(std::string_view message);
/// A short return of `value`: `kind` is "AssertionFailed" or "UnwrapFailed".
util::Error EarlyReturn(std::string_view kind, const Value& value);
/// Whether `error` is a short return (EarlyReturn(..)).
bool IsEarlyReturn(const util::Error& error);

/// The value of the short return being propagated (the reference's VmExecutionError::EarlyReturn(value)). util::Error
/// holds only a code and text, so the value rides beside it: Raise records it and builds the EarlyReturn error; the
/// function boundary that catches the error (DefinedFunction::execute_apply) takes it back with Take. One slot per
/// evaluation (Environment::short_return()); a later Raise replaces a value nobody took.
class ShortReturnSlot {
 public:
  /// Records `value` and returns EarlyReturn(kind, value). `kind`: "AssertionFailed" or "UnwrapFailed".
  util::Error Raise(std::string_view kind, Value value);
  /// The recorded value if `error` is a short return and one is recorded (the slot is emptied), else nullopt.
  std::optional<Value> Take(const util::Error& error);

 private:
  std::optional<Value> m_value;
};

/// A check the type checker would have made: "Unchecked(<what>)".
util::Error Unchecked(std::string_view what);
/// A failure of the interpreter itself on input the static checks would never let through (the reference's
/// VmInternalError, e.g. BadSymbolicRepresentation): "Internal(<what>)", kFailedPrecondition. Distinct from the
/// store's kIo and kCorruption, so a hostile contract cannot pass for a broken store.
util::Error InterpreterError(std::string_view what);

/// A refusal of a transaction's call before anything ran (no such contract or function, not public, not read-only):
/// "<what>", kNotFound.
util::Error CallError(std::string_view what);

/// A type check the reference makes at run time that its type checker lets through (a ClarityTypeError raised while
/// running, e.g. "SequenceElementArityMismatch"): "RuntimeCheck(<what>)", kConsensusViolation.
util::Error RuntimeCheckError(std::string_view what);

/// A contract the static analysis refused (clarity/analysis/run_analysis.h): "Analysis(<the pass's message>)",
/// kInvalidArgument, e.g. "Analysis(TypeError(int, uint) at 3:12)". The cost tracker's own errors (a limit exceeded,
/// an overflow) and the store's (kIo, kCorruption) are returned unchanged.
util::Error AnalysisError(util::Error error);

/// `error` as the reference reports it from a contract that passed the static analysis: an Unchecked(<what>) the
/// evaluator raised is the reference's run-time check, "RuntimeCheck(<what>)" (kConsensusViolation); any other
/// error is returned unchanged.
util::Error AsRuntimeCheck(util::Error error);

struct ErrorInfo {
  /// "runtime" (Runtime, EarlyReturn, RuntimeCheck and Internal errors), "analysis" (Analysis, Unchecked), "call"
  /// (CallError),
  /// "cost" (kResourceExhausted), "internal".
  std::string kind;
  /// The reference's variant: "Runtime", "EarlyReturn", "RuntimeCheck", "Internal", "Analysis", "Unchecked", the
  /// call error's
  /// name
  /// ("NoSuchContract", ...), or empty.
  std::string error;
  /// Its first field: "DivisionByZero", "Arithmetic", "AssertionFailed", "UndefinedFunction", ... or empty.
  std::string reason;
};

/// Sorts an error produced by this library. Pure.
ErrorInfo ClassifyError(const util::Error& error);

}  // namespace stacks::clarity::vm
