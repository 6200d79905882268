// The traits resolver: define-trait, use-trait and impl-trait forms, and the `<name>` references they allow.
#include "clarity/ast/traits_resolver.h"

#include <optional>
#include <string_view>
#include <utility>

namespace stacks::clarity::ast {
namespace {

using Pre = PreSymbolicExpression;
using PreKind = PreSymbolicExpression::Kind;

enum class Form : uint8_t { kTrait, kUseTrait, kImplTrait, kFunction, kStored };

std::optional<Form> LookupForm(std::string_view name) {
  if (name == "define-trait") return Form::kTrait;
  if (name == "use-trait") return Form::kUseTrait;
  if (name == "impl-trait") return Form::kImplTrait;
  if (name == "define-private" || name == "define-public" || name == "define-read-only") return Form::kFunction;
  if (name == "define-constant" || name == "define-map" || name == "define-data-var" ||
      name == "define-fungible-token" || name == "define-non-fungible-token") {
    return Form::kStored;
  }
  return std::nullopt;
}

ParseError Refusal(ParseErrorKind kind, std::string message, std::string fields = {}, Span span = {}) {
  return ParseError{kind, span, std::move(message), std::move(fields)};
}

class Resolver {
 public:
  explicit Resolver(const ContractIdentifier& contract) : m_contract(contract) {}

  bool Run(const std::vector<Pre>& pre) {
    for (const Pre& e : pre) {
      if (!Top(e)) return false;
    }
    for (const Pre* reference : m_references) {
      if (m_result.referenced_traits.find(reference->name) == m_result.referenced_traits.end()) {
        m_error = Refusal(ParseErrorKind::kTraitReferenceUnknown, "use of undeclared trait <" + reference->name + ">",
                          "(\"" + reference->name + "\")", reference->span);
        return false;
      }
    }
    return true;
  }

  TraitsResolution& result() { return m_result; }
  const ParseError& error() const { return m_error; }

 private:
  // `.contract.trait` or `'SP....contract.trait`.
  std::optional<TraitIdentifier> TraitOf(const Pre& e) const {
    if (e.kind == PreKind::kSugaredFieldIdentifier) {
      return TraitIdentifier{e.trait_name, ContractIdentifier{m_contract.issuer, e.name}};
    }
    if (e.kind == PreKind::kFieldIdentifier && e.field) return *e.field;
    return std::nullopt;
  }

  bool DefineName(const std::string& name, ReferencedTrait trait) {
    if (m_result.referenced_traits.count(name) != 0) {
      m_error = Refusal(ParseErrorKind::kNameAlreadyUsed, "defining '" + name + "' conflicts with previous value",
                        "(\"" + name + "\")");
      return false;
    }
    m_result.referenced_traits.emplace(name, std::move(trait));
    return true;
  }

  bool Top(const Pre& e) {
    if (e.kind != PreKind::kList) return true;
    std::vector<const Pre*> items;
    for (const Pre& item : e.items) {
      if (item.kind != PreKind::kComment) items.push_back(&item);
    }
    if (items.empty() || items[0]->kind != PreKind::kAtom) return true;
    std::optional<Form> form = LookupForm(items[0]->name);
    if (!form) return true;
    const std::vector<const Pre*> args(items.begin() + 1, items.end());
    switch (*form) {
      case Form::kTrait: {
        if (args.size() != 2 || args[0]->kind != PreKind::kAtom || args[1]->kind != PreKind::kList) {
          m_error = Refusal(ParseErrorKind::kDefineTraitBadSignature,
                            "(define-trait ...) expects a trait name and a trait definition");
          return false;
        }
        if (m_result.referenced_traits.count(args[0]->name) != 0) return DefineName(args[0]->name, {});
        if (!Probe(args[1]->items, /*allowed=*/true)) return false;
        return DefineName(args[0]->name, ReferencedTrait{ReferencedTrait::Origin::kDefined,
                                                         TraitIdentifier{args[0]->name, m_contract}});
      }
      case Form::kUseTrait: {
        if (args.size() != 2 || args[0]->kind != PreKind::kAtom) {
          m_error = Refusal(ParseErrorKind::kImportTraitBadSignature,
                            "(use-trait ...) expects a trait name and a trait identifier");
          return false;
        }
        if (m_result.referenced_traits.count(args[0]->name) != 0) return DefineName(args[0]->name, {});
        std::optional<TraitIdentifier> trait = TraitOf(*args[1]);
        if (!trait) {
          m_error = Refusal(ParseErrorKind::kImportTraitBadSignature,
                            "(use-trait ...) expects a trait name and a trait identifier");
          return false;
        }
        return DefineName(args[0]->name, ReferencedTrait{ReferencedTrait::Origin::kImported, std::move(*trait)});
      }
      case Form::kImplTrait: {
        std::optional<TraitIdentifier> trait;
        if (args.size() == 1) trait = TraitOf(*args[0]);
        if (!trait) {
          m_error = Refusal(ParseErrorKind::kImplTraitBadSignature, "(impl-trait ...) expects a trait identifier");
          return false;
        }
        m_result.implemented_traits.insert(std::move(*trait));
        return true;
      }
      case Form::kFunction:
        for (const Pre* arg : args) {
          if (!ProbeOne(*arg, /*allowed=*/true)) return false;
        }
        return true;
      case Form::kStored:
        for (size_t i = 1; i < args.size(); ++i) {
          if (!ProbeOne(*args[i], /*allowed=*/false)) return false;
        }
        return true;
    }
    return true;
  }

  bool Probe(const std::vector<Pre>& exprs, bool allowed) {
    for (const Pre& e : exprs) {
      if (!ProbeOne(e, allowed)) return false;
    }
    return true;
  }

  // probe_for_generics: every `<name>` inside lists and tuples.
  bool ProbeOne(const Pre& e, bool allowed) {
    switch (e.kind) {
      case PreKind::kList:
      case PreKind::kTuple:
        return Probe(e.items, allowed);
      case PreKind::kTraitReference:
        if (!allowed) {
          m_error = Refusal(ParseErrorKind::kTraitReferenceNotAllowed, "trait references can not be stored");
          return false;
        }
        m_references.push_back(&e);
        return true;
      default:
        return true;
    }
  }

  const ContractIdentifier& m_contract;
  TraitsResolution m_result;
  std::vector<const Pre*> m_references;
  ParseError m_error;
};

}  // namespace

util::Result<TraitsResolution> ResolveTraits(const std::vector<PreSymbolicExpression>& pre,
                                             const ContractIdentifier& contract, ParseError* detail) {
  Resolver resolver(contract);
  if (!resolver.Run(pre)) {
    if (detail != nullptr) *detail = resolver.error();
    return resolver.error().ToError();
  }
  return std::move(resolver.result());
}

}  // namespace stacks::clarity::ast
