// SymbolicExpression: one node of a parsed Clarity contract after sugar expansion (stacks-core
// clarity-types/src/representations.rs, `SymbolicExpression`), and Span, where a node sits in the source.
//
// Kinds:
//   kAtom            a name: `define-public`, `+`, `tx-sender`, `none`, `true` (keywords stay atoms)
//   kLiteralValue    a value written in the source: int, uint, buffer, string-ascii, string-utf8, principal (a
//                    `.name` contract principal is already resolved against the contract's issuer)
//   kList            `( ... )`; a `{a: 1}` tuple literal is expanded to `(tuple (a 1))`
//   kField           a trait written `'SP....contract.trait` or `.contract.trait`
//   kTraitReference  `<name>`; BuildContractAst resolves it against define-trait/use-trait and sets `field` to the
//                    trait it names (ParseContract leaves `field` empty)
//
// Spans count as the reference's lexer does: lines from 1, columns from 1, both ends inclusive, so the `abc` in
// "(abc)" spans 1:2-1:4. Nodes the expansion creates (the `tuple` atom and each key/value pair list) have a zero span.
//
// Ids are the reference's ExpressionIdentifier numbering: depth first from 1, a list before its members, each leaf
// one more than the previous node; the id after a list is one more than the last id given inside it (an empty list
// counts one). They are unique within a contract.
//
// Values own everything; copies are deep. Not thread-safe to mutate; safe to share read-only.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "clarity/types/principal.h"
#include "clarity/types/value.h"

namespace stacks::clarity::ast {

/// A range of the source: 1-based lines and columns, inclusive at both ends. A zero span means "made by the parser".
struct Span {
  uint32_t start_line = 0;
  uint32_t start_column = 0;
  uint32_t end_line = 0;
  uint32_t end_column = 0;
  bool operator==(const Span&) const = default;
};

/// A word the evaluator memoizes on a node (what its name resolves to, see clarity/vm/evaluator.cpp), filled on the
/// node's first evaluation. It is not part of the node's value: a copied, moved or assigned node starts with it
/// empty. It is one atomic word, read and written whole (relaxed), so a node shared read-only between threads stays
/// safe: a reader sees either no memo or a complete one.
class EvalMemo {
 public:
  EvalMemo() = default;
  EvalMemo(const EvalMemo&) noexcept {}
  EvalMemo& operator=(const EvalMemo&) noexcept {
    Store(0);
    return *this;
  }
  ~EvalMemo() = default;

  /// The memoized word; 0 when nothing is memoized.
  uint64_t Load() const { return m_word.load(std::memory_order_relaxed); }
  void Store(uint64_t word) const { m_word.store(word, std::memory_order_relaxed); }

 private:
  mutable std::atomic<uint64_t> m_word{0};
};

struct SymbolicExpression {
  enum class Kind : uint8_t { kAtom, kLiteralValue, kList, kField, kTraitReference };

  Kind kind = Kind::kAtom;
  uint64_t id = 0;
  Span span;
  std::string name;                       ///< kAtom, kTraitReference: a Clarity name.
  std::optional<Value> value;             ///< kLiteralValue.
  std::vector<SymbolicExpression> items;  ///< kList.
  std::optional<TraitIdentifier> field;   ///< kField; kTraitReference once resolved.
  EvalMemo memo;                          ///< kAtom: the evaluator's resolution of `name`.

  static SymbolicExpression Atom(std::string name, Span span);
  static SymbolicExpression Literal(Value value, Span span);
  static SymbolicExpression List(std::vector<SymbolicExpression> items, Span span);
  static SymbolicExpression Field(TraitIdentifier trait, Span span);
  static SymbolicExpression TraitReference(std::string name, Span span);
};

/// A trait a contract may name as `<name>` (the reference's TraitDefinition): one it defines with define-trait or one
/// it imports with use-trait.
struct ReferencedTrait {
  enum class Origin : uint8_t { kDefined, kImported };
  Origin origin = Origin::kDefined;
  TraitIdentifier trait;
  bool operator==(const ReferencedTrait&) const = default;
};

/// A parsed contract: its identifier (which `.name` sugar resolved against) and its top-level expressions. The
/// trait fields are filled only by BuildContractAst (build_ast.h), which runs the traits resolver; ParseContract
/// leaves them empty.
struct ContractAst {
  ContractIdentifier contract_identifier;
  std::vector<SymbolicExpression> expressions;
  /// Every trait name the contract defines or imports (referenced_traits), by name.
  std::map<std::string, ReferencedTrait, std::less<>> referenced_traits;
  /// The traits named by impl-trait (implemented_traits).
  std::set<TraitIdentifier> implemented_traits;
};

}  // namespace stacks::clarity::ast
