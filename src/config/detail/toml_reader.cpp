#include "config/detail/toml_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace stacks::config::detail {
namespace {

constexpr size_t MAX_PRINTED_BYTES = 48;

std::string Escape(std::string_view text) {
  static constexpr char HEX[] = "0123456789abcdef";
  std::string out = "\"";
  for (size_t i = 0; i < text.size(); ++i) {
    if (i == MAX_PRINTED_BYTES) {
      out += "...";
      break;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += HEX[c >> 4];
      out += HEX[c & 0xf];
    }
  }
  return out + "\"";
}

std::string KindOf(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

std::string DoubleText(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  return ec == std::errc() ? std::string(buffer, end) : "a float";
}

std::string ExpectedInteger(const IntSpec& spec) {
  std::string text;
  const uint64_t unbounded = std::numeric_limits<int64_t>::max();
  if (spec.max >= unbounded && spec.min == 0) {
    text = "a non-negative integer";
  } else if (spec.max >= unbounded && spec.min == 1) {
    text = "a positive integer";
  } else if (spec.max >= unbounded) {
    text = "an integer of at least " + std::to_string(spec.min);
  } else {
    text = "an integer from " + std::to_string(spec.min) + " to " + std::to_string(spec.max);
  }
  if (!spec.unit.empty()) text += " (" + std::string(spec.unit) + ")";
  return text;
}

bool IsBareKey(std::string_view key) {
  if (key.empty()) return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

}  // namespace

std::string LineOf(const toml::node& node) {
  const auto line = node.source().begin.line;
  return line == 0 ? std::string() : " (line " + std::to_string(line) + ")";
}

std::string Describe(const toml::node& node, bool secret) {
  if (secret) return KindOf(node);
  if (const auto* s = node.as_string()) return Escape(s->get());
  if (const auto* i = node.as_integer()) return std::to_string(i->get());
  if (const auto* f = node.as_floating_point()) return DoubleText(f->get());
  if (const auto* b = node.as_boolean()) return b->get() ? "true" : "false";
  return KindOf(node);
}

std::string PrintableKey(std::string_view key) {
  if (IsBareKey(key) && key.size() <= MAX_PRINTED_BYTES) return std::string(key);
  return Escape(key);
}

std::string TableReader::PathOf(std::string_view key) const {
  return m_path.empty() ? PrintableKey(key) : m_path + "." + PrintableKey(key);
}

const toml::node* TableReader::Take(std::string_view key) {
  m_taken.emplace_back(key);
  return m_table.get(key);
}

void TableReader::Require(std::string_view key) {
  if (!m_table.contains(key)) m_diagnostics.Error(PathOf(key) + ": missing (required)" + LineOf(m_table));
}

void TableReader::Fail(std::string_view key, const toml::node& node, std::string_view problem) {
  FailPath(PathOf(key), node, problem);
}

void TableReader::FailPath(std::string_view path, const toml::node& node, std::string_view problem) {
  m_diagnostics.Error(std::string(path) + ": " + std::string(problem) + LineOf(node));
}

void TableReader::FailExpected(std::string_view key, const toml::node& node, std::string_view expected, bool secret) {
  Fail(key, node, "expected " + std::string(expected) + ", got " + Describe(node, secret));
}

bool TableReader::Bool(std::string_view key, bool& out) {
  const toml::node* node = Take(key);
  if (!node) return false;
  if (const auto* b = node->as_boolean()) {
    out = b->get();
    return true;
  }
  FailExpected(key, *node, "true or false");
  return false;
}

bool TableReader::Bool(std::string_view key, std::optional<bool>& out) {
  bool value = false;
  if (!Bool(key, value)) return false;
  out = value;
  return true;
}

bool TableReader::UintImpl(std::string_view key, uint64_t& out, IntSpec spec) {
  const toml::node* node = Take(key);
  if (!node) return false;
  const auto* integer = node->as_integer();
  if (!integer || integer->get() < 0 || static_cast<uint64_t>(integer->get()) < spec.min ||
      static_cast<uint64_t>(integer->get()) > spec.max) {
    FailExpected(key, *node, ExpectedInteger(spec));
    return false;
  }
  out = static_cast<uint64_t>(integer->get());
  return true;
}

bool TableReader::Double(std::string_view key, double& out, double min, double max) {
  const toml::node* node = Take(key);
  if (!node) return false;
  double value = 0;
  if (const auto* f = node->as_floating_point()) {
    value = f->get();
  } else if (const auto* i = node->as_integer()) {
    value = static_cast<double>(i->get());
  } else {
    value = std::nan("");
  }
  if (!(value >= min && value <= max)) {  // also refuses nan
    FailExpected(key, *node, "a number from " + DoubleText(min) + " to " + DoubleText(max));
    return false;
  }
  out = value;
  return true;
}

bool TableReader::String(std::string_view key, std::string& out, bool secret) {
  const toml::node* node = Take(key);
  if (!node) return false;
  if (const auto* s = node->as_string()) {
    out = s->get();
    return true;
  }
  FailExpected(key, *node, "a string", secret);
  return false;
}

bool TableReader::String(std::string_view key, std::optional<std::string>& out, bool secret) {
  std::string value;
  if (!String(key, value, secret)) return false;
  out = std::move(value);
  return true;
}

bool TableReader::StringArray(std::string_view key, std::vector<std::string>& out) {
  const toml::node* node = Take(key);
  if (!node) return false;
  const auto* array = node->as_array();
  if (!array) {
    FailExpected(key, *node, "an array of strings");
    return false;
  }
  std::vector<std::string> values;
  for (size_t i = 0; i < array->size(); ++i) {
    const toml::node& element = *array->get(i);
    const auto* s = element.as_string();
    if (!s) {
      FailPath(PathOf(key) + "[" + std::to_string(i) + "]", element, "expected a string, got " + Describe(element));
      return false;
    }
    values.push_back(s->get());
  }
  out = std::move(values);
  return true;
}

const toml::table* TableReader::Table(std::string_view key) {
  const toml::node* node = Take(key);
  if (!node) return nullptr;
  if (const auto* table = node->as_table()) return table;
  FailExpected(key, *node, "a table");
  return nullptr;
}

const toml::array* TableReader::TableArray(std::string_view key) {
  const toml::node* node = Take(key);
  if (!node) return nullptr;
  const auto* array = node->as_array();
  if (!array) {
    FailExpected(key, *node, "an array of tables ([[" + PathOf(key) + "]])");
    return nullptr;
  }
  for (size_t i = 0; i < array->size(); ++i) {
    const toml::node& element = *array->get(i);
    if (!element.is_table()) {
      FailPath(PathOf(key) + "[" + std::to_string(i) + "]", element, "expected a table, got " + Describe(element));
      return nullptr;
    }
  }
  return array;
}

void TableReader::Ignore(std::string_view key, ValueKind kind, std::string_view why) {
  const toml::node* node = Take(key);
  if (!node) return;
  switch (kind) {
    case ValueKind::kBool:
      if (!node->is_boolean()) return FailExpected(key, *node, "true or false");
      break;
    case ValueKind::kUint:
      if (!node->is_integer() || node->as_integer()->get() < 0) {
        return FailExpected(key, *node, "a non-negative integer");
      }
      break;
    case ValueKind::kFloat:
      if (!node->is_number()) return FailExpected(key, *node, "a number");
      break;
    case ValueKind::kString:
      if (!node->is_string()) return FailExpected(key, *node, "a string");
      break;
  }
  const auto line = node->source().begin.line;
  m_diagnostics.Warn("deprecated key " + PathOf(key) + (line ? " at line " + std::to_string(line) : "") +
                     " (ignored: " + std::string(why) + ")");
}

void TableReader::Finish() {
  for (auto&& [key, value] : m_table) {
    const std::string_view name = key.str();
    if (std::find(m_taken.begin(), m_taken.end(), name) != m_taken.end()) continue;
    const auto line = key.source().begin.line ? key.source().begin.line : value.source().begin.line;
    m_diagnostics.Warn("unknown key " + PathOf(name) + (line ? " at line " + std::to_string(line) : "") + " (ignored)");
  }
}

}  // namespace stacks::config::detail
