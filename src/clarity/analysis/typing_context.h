// TypingContext: the local scopes the type checker sees while it checks an expression (stacks-core
// clarity/src/vm/analysis/type_checker/contexts.rs, `TypingContext`): the variables bound by a function's arguments,
// `let` and `match`, each with its type, and separately the names bound to trait references (arguments typed
// `<trait>`, and from Clarity 2 any binding of a trait-typed value).
//
// A context is a chain: each `let`, `match` arm and function body extends its parent by one level, at most
// MAX_CONTEXT_DEPTH (256) levels deep. Lookups walk up the chain. A context borrows its parent, which must outlive
// it; contexts live on the checker's stack. Not thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "clarity/types/principal.h"
#include "clarity/types/type_signature.h"
#include "common/clarity_version.h"
#include "util/result.h"

namespace stacks::clarity::analysis {

/// The reference's MAX_CONTEXT_DEPTH: how many levels a context chain may have below the top level.
inline constexpr uint64_t kMaxContextDepth = 256;

class TypingContext {
 public:
  /// The top level of a contract (depth 0).
  explicit TypingContext(common::ClarityVersion version) : m_version(version) {}

  TypingContext(const TypingContext&) = delete;
  TypingContext& operator=(const TypingContext&) = delete;
  TypingContext(TypingContext&&) = default;

  /// A new, empty level below this one. Errors: MaxContextDepthReached (kResourceExhausted) when this context is
  /// already kMaxContextDepth deep. The result borrows `*this`.
  util::Result<TypingContext> Extend() const;

  uint64_t depth() const { return m_depth; }
  common::ClarityVersion version() const { return m_version; }

  /// The type of variable `name` in this level or a parent, or nullptr. Trait references are not variables here.
  const TypeSignature* LookupVariable(std::string_view name) const;
  /// The trait bound to `name` in this level or a parent, or nullptr.
  const TraitIdentifier* LookupTraitReference(std::string_view name) const;

  /// Binds `name` to `type` in this level, replacing a binding of the same name here. From Clarity 2 a trait-typed
  /// value is bound as a trait reference instead (add_variable_type).
  void AddVariable(std::string name, TypeSignature type);
  /// Binds `name` to `type` as a variable, whatever the type (a function argument's non-trait type).
  void AddPlainVariable(std::string name, TypeSignature type);
  /// Binds `name` to `trait` in this level, replacing a binding of the same name here.
  void AddTraitReference(std::string name, TraitIdentifier trait);

 private:
  TypingContext(common::ClarityVersion version, const TypingContext* parent, uint64_t depth)
      : m_version(version), m_parent(parent), m_depth(depth) {}

  // The bindings of one level: a vector scanned linearly while small (most levels bind one to three names), with a
  // hash index built once it grows, so a `let` of many bindings stays linear.
  template <typename T>
  class Bindings {
   public:
    const T* Find(std::string_view name) const;
    void Put(std::string name, T value);

   private:
    struct Hash {
      using is_transparent = void;
      size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::vector<std::pair<std::string, T>> m_entries;
    std::unordered_map<std::string, size_t, Hash, std::equal_to<>> m_index;  ///< Empty while m_entries is small.
  };

  common::ClarityVersion m_version;
  const TypingContext* m_parent = nullptr;
  uint64_t m_depth = 0;
  Bindings<TypeSignature> m_variables;
  Bindings<TraitIdentifier> m_traits;
};

}  // namespace stacks::clarity::analysis
