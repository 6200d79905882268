// Internal to stacks_config: typed reads of toml++ tables that turn every wrong type or value into a message naming
// the key, and every key nobody read into a warning. Not a public header: it exposes toml++, which may throw.
#pragma once

#include <toml++/toml.h>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace stacks::config::detail {

/// Errors and warnings of one parse, in the order found.
class Diagnostics {
 public:
  /// warnings: may be null (warnings are then dropped); must outlive this object.
  explicit Diagnostics(std::vector<std::string>* warnings) : m_warnings(warnings) {}
  void Error(std::string message) { m_errors.push_back(std::move(message)); }
  void Warn(std::string message) {
    if (m_warnings) m_warnings->push_back(std::move(message));
  }
  const std::vector<std::string>& errors() const { return m_errors; }

 private:
  std::vector<std::string>* m_warnings;
  std::vector<std::string> m_errors;
};

/// The accepted range of an integer key and its unit, for the "expected ..." text.
struct IntSpec {
  uint64_t min = 0;
  uint64_t max = std::numeric_limits<int64_t>::max();  ///< TOML integers are 64-bit signed.
  std::string_view unit = {};                          ///< "milliseconds", "percent", ...; empty for none.
};

/// The kinds a deprecated key is checked against before it is ignored.
enum class ValueKind { kBool, kUint, kFloat, kString };

/// " (line N)" for a node that has a source position, else "".
std::string LineOf(const toml::node& node);
/// A short rendering of a value for "got ...": a quoted, escaped, truncated string, a number, true/false, or the
/// kind ("an array", "a table", "a date"). `secret`: say only the kind ("a string", "an integer").
std::string Describe(const toml::node& node, bool secret = false);
/// A key as it may be printed: bare keys as they are, others quoted and escaped, both truncated.
std::string PrintableKey(std::string_view key);

/// Reads the keys of one table. Each typed read leaves `out` unchanged and returns false when the key is absent;
/// sets `out` and returns true when its value is valid; records an error and returns false otherwise. Finish()
/// warns about every key no read asked for.
class TableReader {
 public:
  /// table and diagnostics must outlive the reader. path: the table's dotted path ("" for the root).
  TableReader(const toml::table& table, std::string path, Diagnostics& diagnostics)
      : m_table(table), m_path(std::move(path)), m_diagnostics(diagnostics) {}
  TableReader(const TableReader&) = delete;
  TableReader& operator=(const TableReader&) = delete;

  /// "node.seed", "ustx_balance[2].address", or just "node" at the root.
  std::string PathOf(std::string_view key) const;
  /// The value under `key`, marking the key as known; null when absent.
  const toml::node* Take(std::string_view key);

  bool Bool(std::string_view key, bool& out);
  bool Bool(std::string_view key, std::optional<bool>& out);
  /// An integer within spec and T's range.
  template <typename T>
  bool Uint(std::string_view key, T& out, IntSpec spec = {});
  /// A number (integer or float) in [min, max].
  bool Double(std::string_view key, double& out, double min, double max);
  bool String(std::string_view key, std::string& out, bool secret = false);
  bool String(std::string_view key, std::optional<std::string>& out, bool secret = false);
  /// An array of strings.
  bool StringArray(std::string_view key, std::vector<std::string>& out);
  /// A sub-table; null (and an error when present but not a table).
  const toml::table* Table(std::string_view key);
  /// An array whose elements are all tables; null (and an error when it is not one).
  const toml::array* TableArray(std::string_view key);

  /// Records "<PathOf(key)>: missing (required)" when the table has no `key`.
  void Require(std::string_view key);
  /// Records "<PathOf(key)>: <problem> (line N)".
  void Fail(std::string_view key, const toml::node& node, std::string_view problem);
  /// Records "<PathOf(key)>: expected <expected>, got <Describe(node)> (line N)".
  void FailExpected(std::string_view key, const toml::node& node, std::string_view expected, bool secret = false);
  /// Fail for a full path, such as an array element's "node.stacker_dbs[1]".
  void FailPath(std::string_view path, const toml::node& node, std::string_view problem);
  /// A deprecated key: checks its type, then warns that it is ignored and why.
  void Ignore(std::string_view key, ValueKind kind, std::string_view why);
  /// Warns about every key not taken: "unknown key <path> at line N (ignored)".
  void Finish();

  Diagnostics& diagnostics() { return m_diagnostics; }

 private:
  bool UintImpl(std::string_view key, uint64_t& out, IntSpec spec);

  const toml::table& m_table;
  std::string m_path;
  Diagnostics& m_diagnostics;
  std::vector<std::string> m_taken;
};

template <typename T>
bool TableReader::Uint(std::string_view key, T& out, IntSpec spec) {
  static_assert(std::is_unsigned_v<T> && !std::is_same_v<T, bool>);
  if (spec.max > std::numeric_limits<T>::max()) spec.max = std::numeric_limits<T>::max();
  uint64_t value = 0;
  if (!UintImpl(key, value, spec)) return false;
  out = static_cast<T>(value);
  return true;
}

/// Uint into an optional: absent leaves it unchanged.
template <typename T>
bool ReadOptionalUint(TableReader& reader, std::string_view key, std::optional<T>& out, IntSpec spec = {}) {
  T value{};
  if (!reader.Uint(key, value, spec)) return false;
  out = value;
  return true;
}

}  // namespace stacks::config::detail
