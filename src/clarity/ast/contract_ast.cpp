// ParseContract: the parser plus the reference's passes that need no other contract (stack depth checkers, sugar
// expansion, expression ids).
#include <string>
#include <utility>

#include "clarity/ast/parser.h"

namespace stacks::clarity::ast {

SymbolicExpression SymbolicExpression::Atom(std::string name, Span span) {
  SymbolicExpression e;
  e.kind = Kind::kAtom;
  e.name = std::move(name);
  e.span = span;
  return e;
}

SymbolicExpression SymbolicExpression::Literal(Value value, Span span) {
  SymbolicExpression e;
  e.kind = Kind::kLiteralValue;
  e.value = std::move(value);
  e.span = span;
  return e;
}

SymbolicExpression SymbolicExpression::List(std::vector<SymbolicExpression> items, Span span) {
  SymbolicExpression e;
  e.kind = Kind::kList;
  e.items = std::move(items);
  e.span = span;
  return e;
}

SymbolicExpression SymbolicExpression::Field(TraitIdentifier trait, Span span) {
  SymbolicExpression e;
  e.kind = Kind::kField;
  e.field = std::move(trait);
  e.span = span;
  return e;
}

SymbolicExpression SymbolicExpression::TraitReference(std::string name, Span span) {
  SymbolicExpression e;
  e.kind = Kind::kTraitReference;
  e.name = std::move(name);
  e.span = span;
  return e;
}

namespace {

using PreKind = PreSymbolicExpression::Kind;

std::string DepthMessage(uint64_t max_depth) {
  return "AST has too deep of an expression nesting. The maximum stack depth is " + std::to_string(max_depth);
}

// The reference's StackDepthChecker (lists only) and VaryStackDepthChecker (lists and tuples): the members of a
// container at depth d (top level 0) are checked at d + 1, and depth >= max_call_stack_depth + buffer fails.
// `owner` is the container whose members are being checked (for the span).
bool CheckDepth(const std::vector<PreSymbolicExpression>& exprs, uint64_t depth, const Span& owner, bool vary,
                uint64_t max_call_stack_depth, ParseError& error) {
  if (depth >= max_call_stack_depth + AST_CALL_STACK_DEPTH_BUFFER) {
    error = ParseError{
        vary ? ParseErrorKind::kVaryExpressionStackDepthTooDeep : ParseErrorKind::kExpressionStackDepthTooDeep, owner,
        DepthMessage(max_call_stack_depth)};
    return false;
  }
  for (const PreSymbolicExpression& e : exprs) {
    if (e.kind == PreKind::kList || (vary && e.kind == PreKind::kTuple)) {
      if (!CheckDepth(e.items, depth + 1, e.span, vary, max_call_stack_depth, error)) return false;
    }
  }
  return true;
}

// The reference's SugarExpander: comments dropped, `{a: 1}` to `(tuple (a 1))`, `.c` and `.c.t` against the
// contract's issuer. With `traits`, a `<name>` must be one of them (TraitReferenceUnknown otherwise) and gets its
// trait in `field`; the first failure in expansion order stops it.
class SugarExpander {
 public:
  SugarExpander(const ContractIdentifier& contract, const std::map<std::string, ReferencedTrait, std::less<>>* traits)
      : m_contract(contract), m_traits(traits) {}

  bool Transform(std::vector<PreSymbolicExpression>&& pre, std::vector<SymbolicExpression>& out) {
    out.reserve(pre.size());
    for (PreSymbolicExpression& e : pre) {
      if (!TransformOne(std::move(e), out)) return false;
    }
    return true;
  }

  bool TransformOne(PreSymbolicExpression&& e, std::vector<SymbolicExpression>& out) {
    switch (e.kind) {
      case PreKind::kAtomValue:
        out.push_back(SymbolicExpression::Literal(std::move(*e.value), e.span));
        break;
      case PreKind::kAtom:
        out.push_back(SymbolicExpression::Atom(std::move(e.name), e.span));
        break;
      case PreKind::kList: {
        std::vector<SymbolicExpression> items;
        if (!Transform(std::move(e.items), items)) return false;
        out.push_back(SymbolicExpression::List(std::move(items), e.span));
        break;
      }
      case PreKind::kTuple: {
        std::vector<SymbolicExpression> members;
        if (!Transform(std::move(e.items), members)) return false;
        std::vector<SymbolicExpression> pairs;
        pairs.reserve(members.size() / 2 + 2);
        pairs.push_back(SymbolicExpression::Atom("tuple", Span{}));
        for (size_t i = 0; i < members.size(); i += 2) {
          std::vector<SymbolicExpression> pair;
          pair.push_back(std::move(members[i]));
          if (i + 1 < members.size()) pair.push_back(std::move(members[i + 1]));
          pairs.push_back(SymbolicExpression::List(std::move(pair), Span{}));
        }
        out.push_back(SymbolicExpression::List(std::move(pairs), e.span));
        break;
      }
      case PreKind::kSugaredContractIdentifier: {
        // The name was checked by the parser and the issuer by the caller, so this cannot fail.
        util::Result<Value> v = Value::Contract(ContractIdentifier{m_contract.issuer, std::move(e.name)});
        if (v) out.push_back(SymbolicExpression::Literal(std::move(*v), e.span));
        break;
      }
      case PreKind::kSugaredFieldIdentifier:
        out.push_back(SymbolicExpression::Field(
            TraitIdentifier{std::move(e.trait_name), ContractIdentifier{m_contract.issuer, std::move(e.name)}},
            e.span));
        break;
      case PreKind::kFieldIdentifier:
        out.push_back(SymbolicExpression::Field(std::move(*e.field), e.span));
        break;
      case PreKind::kTraitReference: {
        SymbolicExpression reference = SymbolicExpression::TraitReference(e.name, e.span);
        if (m_traits != nullptr) {
          auto it = m_traits->find(e.name);
          if (it == m_traits->end()) {
            m_error = ParseError{ParseErrorKind::kTraitReferenceUnknown, e.span,
                                 "use of undeclared trait <" + e.name + ">", "(\"" + e.name + "\")"};
            return false;
          }
          reference.field = it->second.trait;
        }
        out.push_back(std::move(reference));
        break;
      }
      case PreKind::kComment:
        break;
    }
    return true;
  }

  const ParseError& error() const { return m_error; }

 private:
  const ContractIdentifier& m_contract;
  const std::map<std::string, ReferencedTrait, std::less<>>* m_traits;
  ParseError m_error;
};

// The reference's ExpressionIdentifier.
uint64_t Relabel(std::vector<SymbolicExpression>& exprs, uint64_t index) {
  uint64_t current = index + 1;
  for (SymbolicExpression& e : exprs) {
    e.id = current;
    current = e.kind == SymbolicExpression::Kind::kList ? Relabel(e.items, current) : current + 1;
  }
  return current;
}

}  // namespace

util::Status CheckPreExpressionDepth(const std::vector<PreSymbolicExpression>& pre, uint64_t max_call_stack_depth,
                                     ParseError* detail) {
  ParseError error;
  for (bool vary : {false, true}) {
    if (!CheckDepth(pre, 0, Span{}, vary, max_call_stack_depth, error)) {
      if (detail != nullptr) *detail = error;
      return error.ToError();
    }
  }
  return {};
}

util::Status CheckPreExpressionDepth(const std::vector<PreSymbolicExpression>& pre, const ParseOptions& options,
                                     ParseError* detail) {
  const bool typical_v1 = options.parser == ParserVersion::kV1 && options.ast_rules == AstRules::kTypical;
  ParseError error;
  for (bool vary : {false, true}) {
    if (vary && typical_v1) break;
    if (!CheckDepth(pre, 0, Span{}, vary, options.max_call_stack_depth, error)) {
      if (detail != nullptr) *detail = error;
      return error.ToError();
    }
  }
  return {};
}

util::Result<std::vector<SymbolicExpression>> ExpandSugar(
    std::vector<PreSymbolicExpression> pre, const ContractIdentifier& contract,
    const std::map<std::string, ReferencedTrait, std::less<>>* referenced_traits, ParseError* detail) {
  std::vector<SymbolicExpression> out;
  SugarExpander expander(contract, referenced_traits);
  if (!expander.Transform(std::move(pre), out)) {
    if (detail != nullptr) *detail = expander.error();
    return expander.error().ToError();
  }
  Relabel(out, 0);
  return out;
}

util::Result<ContractAst> ParseContract(std::string_view source, const ParseOptions& options, ParseError* detail) {
  if (!Value::Contract(options.contract)) return util::InvalidArgument("ParseOptions::contract is not a contract");
  STACKS_TRY(std::vector<PreSymbolicExpression> pre, ParsePreExpressions(source, options, detail));
  STACKS_RETURN_IF_ERROR(CheckPreExpressionDepth(pre, options, detail));
  ContractAst ast;
  ast.contract_identifier = options.contract;
  STACKS_TRY(ast.expressions, ExpandSugar(std::move(pre), options.contract, nullptr, detail));
  return ast;
}

}  // namespace stacks::clarity::ast
