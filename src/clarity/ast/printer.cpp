#include "clarity/ast/printer.h"

#include "clarity/types/value_text.h"

namespace stacks::clarity::ast {

namespace {

void AppendReference(std::string& out, const SymbolicExpression& e) {
  switch (e.kind) {
    case SymbolicExpression::Kind::kList:
      out += '(';
      for (const SymbolicExpression& item : e.items) {
        out += ' ';
        AppendReference(out, item);
      }
      out += " )";
      return;
    case SymbolicExpression::Kind::kAtom:
      out += e.name;
      return;
    case SymbolicExpression::Kind::kLiteralValue:
      out += ToReferenceString(*e.value);
      return;
    case SymbolicExpression::Kind::kTraitReference:
      out += "<" + e.name + ">";
      return;
    case SymbolicExpression::Kind::kField:
      out += "<" + e.field->ToString() + ">";
      return;
  }
}

void AppendSource(std::string& out, const SymbolicExpression& e) {
  switch (e.kind) {
    case SymbolicExpression::Kind::kList:
      out += '(';
      for (size_t i = 0; i < e.items.size(); ++i) {
        if (i > 0) out += ' ';
        AppendSource(out, e.items[i]);
      }
      out += ')';
      return;
    case SymbolicExpression::Kind::kAtom:
      out += e.name;
      return;
    case SymbolicExpression::Kind::kLiteralValue:
      out += ToClarityLiteral(*e.value);
      return;
    case SymbolicExpression::Kind::kTraitReference:
      out += "<" + e.name + ">";
      return;
    case SymbolicExpression::Kind::kField:
      out += "'" + e.field->ToString();
      return;
  }
}

void AppendPreSource(std::string& out, const PreSymbolicExpression& e);

// Members separated by a space; a comment runs to the end of its line, so a newline follows it.
void AppendPreMembers(std::string& out, const std::vector<PreSymbolicExpression>& items, bool tuple) {
  size_t member = 0;  // index among the non-comment members, for the tuple's ':' and ','
  bool need_space = false;
  for (const PreSymbolicExpression& item : items) {
    if (item.kind == PreSymbolicExpression::Kind::kComment) {
      if (need_space) out += ' ';
      AppendPreSource(out, item);
      need_space = false;
      continue;
    }
    if (tuple && member > 0)
      out += member % 2 == 1 ? ": " : ", ";
    else if (need_space)
      out += ' ';
    AppendPreSource(out, item);
    need_space = true;
    ++member;
  }
}

void AppendPreSource(std::string& out, const PreSymbolicExpression& e) {
  using Kind = PreSymbolicExpression::Kind;
  switch (e.kind) {
    case Kind::kAtomValue:
      out += ToClarityLiteral(*e.value);
      return;
    case Kind::kAtom:
      out += e.name;
      return;
    case Kind::kList:
      out += '(';
      AppendPreMembers(out, e.items, false);
      out += ')';
      return;
    case Kind::kTuple:
      out += '{';
      AppendPreMembers(out, e.items, true);
      out += '}';
      return;
    case Kind::kSugaredContractIdentifier:
      out += "." + e.name;
      return;
    case Kind::kSugaredFieldIdentifier:
      out += "." + e.name + "." + e.trait_name;
      return;
    case Kind::kFieldIdentifier:
      out += "'" + e.field->ToString();
      return;
    case Kind::kTraitReference:
      out += "<" + e.name + ">";
      return;
    case Kind::kComment:
      out += ";; " + e.name + "\n";
      return;
  }
}

}  // namespace

std::string ToReferenceDisplay(const SymbolicExpression& expr) {
  std::string out;
  AppendReference(out, expr);
  return out;
}

std::string ToSource(const SymbolicExpression& expr) {
  std::string out;
  AppendSource(out, expr);
  return out;
}

std::string ToSource(const ContractAst& ast) {
  std::string out;
  for (const SymbolicExpression& e : ast.expressions) {
    AppendSource(out, e);
    out += '\n';
  }
  return out;
}

std::string ToSource(const PreSymbolicExpression& expr) {
  std::string out;
  AppendPreSource(out, expr);
  return out;
}

std::string ToSource(const std::vector<PreSymbolicExpression>& exprs) {
  std::string out;
  for (const PreSymbolicExpression& e : exprs) {
    AppendPreSource(out, e);
    if (e.kind != PreSymbolicExpression::Kind::kComment) out += '\n';
  }
  return out;
}

}  // namespace stacks::clarity::ast
