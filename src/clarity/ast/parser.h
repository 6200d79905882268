// The Clarity parser, v2 (stacks-core clarity/src/vm/ast/parser/v2, used from Epoch 2.1 on) or v1 (parser_v1.h,
// Epochs 2.0 and 2.05) as ParseOptions::parser says, followed by the reference's AST passes that need no other
// contract: the stack depth checkers (stack_depth_checker.rs), sugar expansion (sugar_expander) and expression ids
// (expression_identifier). ParseContract leaves out definition sorting
// and trait resolution (definition_sorter.h, traits_resolver.h), so a `<trait>` reference is not checked against the
// contract's define-trait/use-trait forms there; BuildContractAst (build_ast.h) runs every pass, as deployment does.
//
// Parser v1 has its own language, error kinds, positions and nesting rule (parser_v1.h); what follows is v2's, and
// the depth checkers run after either (only the list checker under AstRules::kTypical).
//
// Limits (kinds as in parse_error.h):
//   - nesting: while parsing, `(` counts 1 and `{` 2; more than max_call_stack_depth + AST_CALL_STACK_DEPTH_BUFFER + 1
//     is kExpressionStackDepthTooDeep at that bracket. After parsing, lists nested max_call_stack_depth +
//     AST_CALL_STACK_DEPTH_BUFFER deep (69 by default, so 68 is the most) are kExpressionStackDepthTooDeep, and the
//     same count over lists and tuples together is kVaryExpressionStackDepthTooDeep.
//   - names at most 128 bytes (kNameTooLong), contract names in principals at most 40 (kContractNameTooLong).
//   - the source at most max_source_bytes (kProgramTooLarge; the reference bounds it by the transaction size).
//   - integers must fit i128/u128 (kFailedParsingIntValue/kFailedParsingUIntValue); buffers and ascii strings at
//     most 1 MiB (kInvalidBuffer, kIllegalASCIIString), ascii strings printable or whitespace.
//
// Errors: util::Error with ParseErrorCode(kind) and ParseError::ToString() as message ("ExpectedClosing at 3:1:
// expected closing ')'"); when `detail` is not null it also receives the ParseError.
// Memory and time are linear in the source; recursion depth is bounded by the nesting limit.
//
// Pure and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "clarity/ast/parse_error.h"
#include "clarity/ast/pre_expression.h"
#include "clarity/ast/symbolic_expression.h"
#include "util/result.h"

namespace stacks::clarity::ast {

/// Nesting allowed beyond the call stack depth (AST_CALL_STACK_DEPTH_BUFFER).
inline constexpr uint64_t AST_CALL_STACK_DEPTH_BUFFER = 5;
/// The call stack depth before Epoch 3.4 (MAX_CALL_STACK_DEPTH_LEGACY).
inline constexpr uint64_t MAX_CALL_STACK_DEPTH_LEGACY = 64;
/// The call stack depth from Epoch 3.4 on (MAX_CALL_STACK_DEPTH).
inline constexpr uint64_t MAX_CALL_STACK_DEPTH = 128;
/// Longest contract name in a principal literal (MAX_CONTRACT_NAME_LEN of parser v2).
inline constexpr size_t MAX_CONTRACT_NAME_LEN = 40;
/// Longest identifier, trait name or trait reference (MAX_STRING_LEN).
inline constexpr size_t MAX_NAME_LEN = 128;
/// Default source limit: the largest transaction (2 MiB) cannot carry more.
inline constexpr size_t DEFAULT_MAX_SOURCE_BYTES = 2 * 1024 * 1024;

enum class ParserVersion : uint8_t {
  kV1,  ///< Epochs 2.0 and 2.05 (parser_v1.h).
  kV2,  ///< Epoch 2.1 on.
};

/// The reference's ASTRules, which only parser v1 reads (newer stacks-core dropped them and always prechecks).
enum class AstRules : uint8_t {
  /// Blocks of Epochs 2.0 and 2.05 before the precheck-size rules activated: no nesting limit while lexing, and the
  /// VaryStackDepthChecker (lists and tuples) does not run, only the StackDepthChecker (lists).
  kTypical,
  /// The lexer's nesting limit and both depth checkers.
  kPrecheckSize,
};

/// The contract `.name` sugar resolves against when none is given: the reference's transient contract
/// (issuer version 1 with a hash of twenty 0x01 bytes, name "__transient").
ContractIdentifier TransientContract();

struct ParseOptions {
  ParserVersion parser = ParserVersion::kV2;
  AstRules ast_rules = AstRules::kPrecheckSize;
  /// MAX_CALL_STACK_DEPTH_LEGACY before Epoch 3.4, MAX_CALL_STACK_DEPTH from it. Must be at most 4096
  /// (kInvalidArgument otherwise), which bounds the parser's recursion.
  uint64_t max_call_stack_depth = MAX_CALL_STACK_DEPTH_LEGACY;
  size_t max_source_bytes = DEFAULT_MAX_SOURCE_BYTES;
  /// The contract being parsed: `.name` means a contract of its issuer.
  ContractIdentifier contract = TransientContract();
};

/// Parses `source` into pre-expressions (comments kept, sugar not expanded), running the parser's own nesting check
/// but not the depth checkers. Errors: see the file comment.
util::Result<std::vector<PreSymbolicExpression>> ParsePreExpressions(std::string_view source,
                                                                     const ParseOptions& options = {},
                                                                     ParseError* detail = nullptr);

/// The reference's StackDepthChecker and VaryStackDepthChecker over `pre` (see the limits above). Errors:
/// kExpressionStackDepthTooDeep, kVaryExpressionStackDepthTooDeep.
util::Status CheckPreExpressionDepth(const std::vector<PreSymbolicExpression>& pre, uint64_t max_call_stack_depth,
                                     ParseError* detail = nullptr);

/// The depth checkers `options` call for: both, or only the StackDepthChecker for parser v1 under AstRules::kTypical.
/// Errors: as above.
util::Status CheckPreExpressionDepth(const std::vector<PreSymbolicExpression>& pre, const ParseOptions& options,
                                     ParseError* detail = nullptr);

/// The reference's SugarExpander followed by ExpressionIdentifier: `pre` (top-level expressions, in the order they
/// are to be kept) to expressions, comments dropped, `{a: 1}` to `(tuple (a 1))`, `.c` and `.c.t` against
/// `contract`'s issuer, ids numbered depth first from 1. When `referenced_traits` is not null, each `<name>` must
/// be one of them and gets its trait in `field`; otherwise `<name>` is left unresolved. Errors:
/// kTraitReferenceUnknown for the first unknown `<name>` in expansion order. REQUIRES: `contract` is a valid
/// contract identifier.
util::Result<std::vector<SymbolicExpression>> ExpandSugar(
    std::vector<PreSymbolicExpression> pre, const ContractIdentifier& contract,
    const std::map<std::string, ReferencedTrait, std::less<>>* referenced_traits, ParseError* detail = nullptr);

/// Parses a contract: pre-expressions, both depth checkers, sugar expansion (comments dropped, `{a: 1}` to
/// `(tuple (a 1))`, `.c` and `.c.t` against options.contract) and expression ids. Errors: see the file comment.
util::Result<ContractAst> ParseContract(std::string_view source, const ParseOptions& options = {},
                                        ParseError* detail = nullptr);

}  // namespace stacks::clarity::ast
