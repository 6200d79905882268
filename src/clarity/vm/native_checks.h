// Argument checks shared by the token, STX and block-information natives (assets.cpp, stx.cpp, block_natives.cpp),
// each failing as the reference's type checker would refuse the call (errors.h, Unchecked). Internal to
// stacks_clarity_vm. Pure.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "clarity/ast/symbolic_expression.h"
#include "clarity/types/principal.h"
#include "clarity/types/value.h"
#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/evaluator.h"
#include "codec/stacks_address.h"
#include "util/result.h"

namespace stacks::clarity::vm::checks {

/// Ok if `got` is `expected`; else Unchecked(IncorrectArgumentCount(expected, got)).
inline util::Status ArgCount(size_t expected, size_t got) {
  if (expected == got) return {};
  return Unchecked("IncorrectArgumentCount(" + std::to_string(expected) + ", " + std::to_string(got) + ")");
}

/// The name of atom `e`; else Unchecked(`error`) (e.g. "BadTokenName", "GetBlockInfoExpectPropertyName").
inline util::Result<std::string> Atom(const ast::SymbolicExpression& e, std::string_view error) {
  if (e.kind != ast::SymbolicExpression::Kind::kAtom) return Unchecked(error);
  return e.name;
}

/// Unchecked(TypeValueError(expected, value)).
inline util::Error TypeValueError(std::string_view expected, const Value& value) {
  return Unchecked("TypeValueError(" + std::string(expected) + ", " + ToReferenceString(value) + ")");
}

/// The bytes of `value`, a buffer of exactly `length` bytes. A shorter buffer passes the type checker and is refused
/// only at run time (RuntimeCheck(TypeValueError((buff <length>), value))); any other value is TypeValueError.
inline util::Result<const util::Bytes*> ExactBuffer(const Value& value, size_t length) {
  const std::string type = "(buff " + std::to_string(length) + ")";
  if (value.kind() != Value::Kind::kBuffer || value.AsBuffer().size() > length) return TypeValueError(type, value);
  if (value.AsBuffer().size() < length) {
    return RuntimeCheckError("TypeValueError(" + type + ", " + ToReferenceString(value) + ")");
  }
  return &value.AsBuffer();
}

/// The uint `value` holds; else TypeValueError(uint, value).
inline util::Result<Uint128> UInt(const Value& value) {
  if (value.kind() != Value::Kind::kUInt) return TypeValueError("uint", value);
  return value.AsUInt();
}

/// The principal `value` holds: a standard or contract principal. Any other value, a callable (a trait-typed
/// variable from Clarity 2) included, is TypeValueError(principal, value): the type checker refuses a trait where a
/// principal is expected.
inline util::Result<codec::Principal> Principal(const Value& value) {
  if (value.kind() == Value::Kind::kPrincipal || value.kind() == Value::Kind::kContract) return PrincipalOf(value);
  return TypeValueError("principal", value);
}

}  // namespace stacks::clarity::vm::checks
