#include "util/string_hash.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

namespace stacks::util {
namespace {

// A string, its view and a copy hash alike (what lets a table keyed by std::string be searched by view).
TEST(StringHashTest, StringsAndViewsHashAlike) {
  const std::string key =
      "vm::ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.bench::2::squares::0100000000000000000000000000000007";
  const StringHash hash;
  EXPECT_EQ(hash(key), hash(std::string_view(key)));
  EXPECT_EQ(hash(key), hash(std::string(key)));
  EXPECT_EQ(hash(""), hash(std::string()));
}

// Keys that differ only at the end of a long shared prefix, or only in one byte anywhere, or only in length, spread
// over distinct hashes.
TEST(StringHashTest, KeysWithALongCommonPrefixSpread) {
  const StringHash hash;
  const std::string prefix = "vm::ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.bench::2::squares::";
  std::set<size_t> seen;
  for (int i = 0; i < 10000; ++i) seen.insert(hash(prefix + std::to_string(i)));
  EXPECT_EQ(seen.size(), 10000u);
  std::set<size_t> flipped;
  for (size_t at = 0; at < prefix.size(); ++at) {
    std::string changed = prefix;
    changed[at] ^= 1;
    flipped.insert(hash(changed));
  }
  flipped.insert(hash(prefix));
  EXPECT_EQ(flipped.size(), prefix.size() + 1);
  EXPECT_NE(hash(prefix), hash(prefix + '\0'));
  EXPECT_NE(hash(std::string_view("a\0b", 3)), hash(std::string_view("a\0c", 3)));
}

// The transparent lookup a table does with it: found by view, by string, and not found for a near miss.
TEST(StringHashTest, TransparentLookupFindsByView) {
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> table;
  table.emplace("vm::a::1", 1);
  table.emplace("vm::a::2", 2);
  EXPECT_EQ(table.find(std::string_view("vm::a::2"))->second, 2);
  EXPECT_EQ(table.find(std::string("vm::a::1"))->second, 1);
  EXPECT_EQ(table.find(std::string_view("vm::a::3")), table.end());
}

}  // namespace
}  // namespace stacks::util
