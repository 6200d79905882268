// The definition sorter: the dependency graph of top-level definitions, its depth-first order, and cycle detection.
#include "clarity/ast/definition_sorter.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace stacks::clarity::ast {
namespace {

using Pre = PreSymbolicExpression;
using PreKind = PreSymbolicExpression::Kind;

enum class Define : uint8_t {
  kNone,
  kConstant,
  kFunction,  // define-private, define-public, define-read-only
  kMap,
  kDataVar,
  kFungibleToken,
  kNonFungibleToken,
  kTrait,
  kUseTrait,
  kImplTrait,
};

Define LookupDefine(std::string_view name) {
  if (name == "define-constant") return Define::kConstant;
  if (name == "define-private" || name == "define-public" || name == "define-read-only") return Define::kFunction;
  if (name == "define-map") return Define::kMap;
  if (name == "define-data-var") return Define::kDataVar;
  if (name == "define-fungible-token") return Define::kFungibleToken;
  if (name == "define-non-fungible-token") return Define::kNonFungibleToken;
  if (name == "define-trait") return Define::kTrait;
  if (name == "use-trait") return Define::kUseTrait;
  if (name == "impl-trait") return Define::kImplTrait;
  return Define::kNone;
}

// The atom a top-level define-* form defines (find_expression_definition): the head and arguments as written
// (comments not dropped), the defined name is the first argument or the head of the first argument.
const Pre* DefiningAtom(const Pre& e) {
  if (e.kind != PreKind::kList || e.items.size() < 2) return nullptr;
  const Pre& head = e.items[0];
  if (head.kind != PreKind::kAtom || LookupDefine(head.name) == Define::kNone) return nullptr;
  const Pre* name = &e.items[1];
  if (name->kind == PreKind::kList) {
    if (name->items.empty()) return nullptr;
    name = &name->items[0];
  }
  return name->kind == PreKind::kAtom ? name : nullptr;
}

struct Definition {
  size_t index;     // the top-level expression
  const Pre* atom;  // the atom naming it, which is not a use
};

class Graph {
 public:
  explicit Graph(const std::vector<Pre>& pre) : m_edges(pre.size()) {
    for (size_t i = 0; i < pre.size(); ++i) {
      if (const Pre* atom = DefiningAtom(pre[i])) m_definitions[atom->name] = Definition{i, atom};
    }
    for (size_t i = 0; i < pre.size(); ++i) Probe(pre[i], i);
  }

  const std::vector<std::vector<size_t>>& edges() const { return m_edges; }

  uint64_t EdgeCount() const {
    uint64_t total = 0;
    for (const std::vector<size_t>& e : m_edges) total += e.size();
    return total;
  }

 private:
  void Use(const Pre& e, size_t from) {
    auto it = m_definitions.find(e.name);
    if (it != m_definitions.end() && it->second.atom != &e) m_edges[from].push_back(it->second.index);
  }

  // The second member of a `(key value)` pair as written.
  void ProbePair(const std::vector<Pre>& pair, size_t from) {
    if (pair.size() == 2) Probe(pair[1], from);
  }

  // Each member that is a list is a `(key value)` pair.
  void ProbeWrappedPairs(const Pre* const* begin, const Pre* const* end, size_t from) {
    for (const Pre* const* it = begin; it != end; ++it) {
      if ((*it)->kind == PreKind::kList) ProbePair((*it)->items, from);
    }
  }

  void Probe(const Pre& e, size_t from) {
    switch (e.kind) {
      case PreKind::kAtom:
      case PreKind::kTraitReference:
        Use(e, from);
        return;
      case PreKind::kTuple:
        for (size_t i = 0; i + 1 < e.items.size(); i += 2) Probe(e.items[i + 1], from);
        return;
      case PreKind::kList:
        ProbeList(e, from);
        return;
      default:
        return;
    }
  }

  void ProbeAll(const Pre* const* begin, const Pre* const* end, size_t from) {
    for (const Pre* const* it = begin; it != end; ++it) Probe(**it, from);
  }

  void ProbeList(const Pre& e, size_t from) {
    std::vector<const Pre*> items;
    items.reserve(e.items.size());
    for (const Pre& item : e.items) {
      if (item.kind != PreKind::kComment) items.push_back(&item);
    }
    if (!items.empty() && items[0]->kind == PreKind::kAtom && HandleSpecial(items[0]->name, items, from)) return;
    ProbeAll(items.data(), items.data() + items.size(), from);
  }

  // The forms whose arguments are searched selectively. Returns false for any other head.
  bool HandleSpecial(std::string_view head, const std::vector<const Pre*>& items, size_t from) {
    const Pre* const* args = items.data() + 1;
    const size_t n = items.size() - 1;
    switch (LookupDefine(head)) {
      case Define::kConstant:
      case Define::kDataVar:
        if (n > 0) ProbeAll(args + 1, args + n, from);
        return true;
      case Define::kFunction:
        if (n == 2) {
          if (args[0]->kind == PreKind::kList && !args[0]->items.empty()) {
            for (size_t i = 1; i < args[0]->items.size(); ++i) {
              if (args[0]->items[i].kind == PreKind::kList) ProbePair(args[0]->items[i].items, from);
            }
          }
          Probe(*args[1], from);
        }
        return true;
      case Define::kMap:
        if (n == 3) {
          Probe(*args[1], from);
          Probe(*args[2], from);
        }
        return true;
      case Define::kTrait:
        if (n == 2 && args[1]->kind == PreKind::kList) {
          for (const Pre& method : args[1]->items) {
            if (method.kind == PreKind::kList && method.items.size() == 3) {
              Probe(method.items[1], from);
              Probe(method.items[2], from);
            }
          }
        }
        return true;
      case Define::kUseTrait:
      case Define::kImplTrait:
      case Define::kNonFungibleToken:
        return true;
      case Define::kFungibleToken:
        if (n == 2) Probe(*args[1], from);
        return true;
      case Define::kNone:
        break;
    }
    if (head == "contract-call?") {
      if (n > 2) ProbeAll(args + 2, args + n, from);
      return true;
    }
    if (head == "let") {
      if (n > 1) {
        if (args[0]->kind == PreKind::kList) {
          for (const Pre& binding : args[0]->items) {
            if (binding.kind == PreKind::kList) ProbePair(binding.items, from);
          }
        }
        ProbeAll(args + 1, args + n, from);
      }
      return true;
    }
    if (head == "get") {
      if (n == 2) Probe(*args[1], from);
      return true;
    }
    if (head == "tuple") {
      ProbeWrappedPairs(args, args + n, from);
      return true;
    }
    return false;
  }

  std::unordered_map<std::string, Definition> m_definitions;
  std::vector<std::vector<size_t>> m_edges;
};

// Depth-first post-order from each expression in turn, uses in the order they occur.
std::vector<size_t> PostOrder(const std::vector<std::vector<size_t>>& edges) {
  std::vector<size_t> sorted;
  sorted.reserve(edges.size());
  std::vector<bool> seen(edges.size(), false);
  std::vector<std::pair<size_t, bool>> stack;
  for (size_t root = 0; root < edges.size(); ++root) {
    if (seen[root]) continue;
    stack.emplace_back(root, false);
    while (!stack.empty()) {
      auto [node, done] = stack.back();
      stack.pop_back();
      if (done) {
        sorted.push_back(node);
        continue;
      }
      if (seen[node]) continue;
      seen[node] = true;
      stack.emplace_back(node, true);
      for (auto it = edges[node].rbegin(); it != edges[node].rend(); ++it) {
        if (!seen[*it]) stack.emplace_back(*it, false);
      }
    }
  }
  return sorted;
}

// The reference's get_cycling_dependencies: walking the post-order, a node is settled ("tainted") when each of its
// uses is a node without uses or already settled; the nodes left unsettled are in or behind a cycle.
std::vector<size_t> Unsettled(const std::vector<std::vector<size_t>>& edges, const std::vector<size_t>& sorted) {
  std::vector<bool> settled(edges.size(), false);
  for (size_t node : sorted) {
    size_t count = 0;
    for (size_t use : edges[node]) {
      if (edges[use].empty() || settled[use]) {
        settled[use] = true;
        ++count;
      }
    }
    if (count == edges[node].size()) settled[node] = true;
  }
  std::vector<size_t> out;
  for (size_t i = 0; i < edges.size(); ++i) {
    if (!settled[i]) out.push_back(i);
  }
  return out;
}

}  // namespace

util::Result<DefinitionOrder> SortDefinitions(const std::vector<PreSymbolicExpression>& pre,
                                              costs::CostTracker* tracker, costs::CostVersion cost_version,
                                              ParseError* detail) {
  Graph graph(pre);
  DefinitionOrder result;
  result.edge_count = graph.EdgeCount();
  if (tracker != nullptr) {
    STACKS_RETURN_IF_ERROR(tracker->Charge(cost_version, costs::CostFunction::kAstCycleDetection, result.edge_count));
  }
  result.order = PostOrder(graph.edges());
  std::vector<size_t> cycling = Unsettled(graph.edges(), result.order);
  if (cycling.empty()) return result;

  std::vector<std::string> names;
  for (size_t i : cycling) {
    if (const Pre* atom = DefiningAtom(pre[i])) names.push_back(atom->name);
  }
  std::sort(names.begin(), names.end());
  ParseError error{ParseErrorKind::kCircularReference, Span{}, "detected interdependent functions (", "(["};
  for (size_t i = 0; i < names.size(); ++i) {
    error.message += (i > 0 ? ", " : "") + names[i];
    error.fields += (i > 0 ? ", \"" : "\"") + names[i] + "\"";
  }
  error.message += ")";
  error.fields += "])";
  if (detail != nullptr) *detail = error;
  return error.ToError();
}

}  // namespace stacks::clarity::ast
