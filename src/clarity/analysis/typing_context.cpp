#include "clarity/analysis/typing_context.h"

namespace stacks::clarity::analysis {

namespace {

// Past this many names a level indexes them by hash.
constexpr size_t kIndexThreshold = 8;

}  // namespace

template <typename T>
const T* TypingContext::Bindings<T>::Find(std::string_view name) const {
  if (m_index.empty()) {
    for (const auto& [key, value] : m_entries) {
      if (key == name) return &value;
    }
    return nullptr;
  }
  auto it = m_index.find(name);
  return it == m_index.end() ? nullptr : &m_entries[it->second].second;
}

template <typename T>
void TypingContext::Bindings<T>::Put(std::string name, T value) {
  if (m_index.empty()) {
    for (auto& [key, old] : m_entries) {
      if (key == name) {
        old = std::move(value);
        return;
      }
    }
    m_entries.emplace_back(std::move(name), std::move(value));
    if (m_entries.size() > kIndexThreshold) {
      for (size_t i = 0; i < m_entries.size(); ++i) m_index.emplace(m_entries[i].first, i);
    }
    return;
  }
  auto it = m_index.find(name);
  if (it != m_index.end()) {
    m_entries[it->second].second = std::move(value);
    return;
  }
  m_index.emplace(name, m_entries.size());
  m_entries.emplace_back(std::move(name), std::move(value));
}

util::Result<TypingContext> TypingContext::Extend() const {
  if (m_depth >= kMaxContextDepth) return util::ResourceExhausted("MaxContextDepthReached");
  return TypingContext(m_version, this, m_depth + 1);
}

const TypeSignature* TypingContext::LookupVariable(std::string_view name) const {
  for (const TypingContext* c = this; c != nullptr; c = c->m_parent) {
    if (const TypeSignature* t = c->m_variables.Find(name)) return t;
  }
  return nullptr;
}

const TraitIdentifier* TypingContext::LookupTraitReference(std::string_view name) const {
  for (const TypingContext* c = this; c != nullptr; c = c->m_parent) {
    if (const TraitIdentifier* t = c->m_traits.Find(name)) return t;
  }
  return nullptr;
}

void TypingContext::AddVariable(std::string name, TypeSignature type) {
  if (m_version >= common::ClarityVersion::kClarity2 && type.kind() == TypeSignature::Kind::kCallableTrait) {
    m_traits.Put(std::move(name), type.trait());
    return;
  }
  m_variables.Put(std::move(name), std::move(type));
}

void TypingContext::AddPlainVariable(std::string name, TypeSignature type) {
  m_variables.Put(std::move(name), std::move(type));
}

void TypingContext::AddTraitReference(std::string name, TraitIdentifier trait) {
  m_traits.Put(std::move(name), std::move(trait));
}

}  // namespace stacks::clarity::analysis
