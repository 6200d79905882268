// Text forms of parsed Clarity.
//
//   ToReferenceDisplay  the reference's Display of a SymbolicExpression: lists as "( a 1 )" (a space before every
//                       member and before ')'), values as the reference prints them (ToReferenceString), fields as
//                       "<SP....contract.trait>", trait references as "<name>".
//   ToSource            compact Clarity source that parses back to the same expressions: "(a 1 (b u2))", values as
//                       ToClarityLiteral writes them, fields as 'SP....contract.trait; top-level forms one per line.
//                       For pre-expressions it also keeps the sugar: {a: 1}, .contract, .contract.trait and
//                       comments (each followed by a newline).
//
// All functions are pure and thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clarity/ast/pre_expression.h"
#include "clarity/ast/symbolic_expression.h"

namespace stacks::clarity::ast {

std::string ToReferenceDisplay(const SymbolicExpression& expr);

std::string ToSource(const SymbolicExpression& expr);
std::string ToSource(const ContractAst& ast);
std::string ToSource(const PreSymbolicExpression& expr);
std::string ToSource(const std::vector<PreSymbolicExpression>& exprs);

}  // namespace stacks::clarity::ast
