#include "chain/merkle.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chain_test_util.h"

namespace stacks::chain {
namespace {

using testing::Hex;

class MerkleTest : public ::testing::Test {
 protected:
  // 32-byte leaves 0x00.., 0x11.., 0x22.., ... as in hash.rs make_merkle_tree.
  static std::vector<util::Bytes> Leaves(size_t n) {
    std::vector<util::Bytes> out;
    for (size_t i = 0; i < n; ++i) out.emplace_back(32, static_cast<uint8_t>(0x11 * i));
    return out;
  }
  static std::vector<util::ByteView> Views(const std::vector<util::Bytes>& leaves) {
    return {leaves.begin(), leaves.end()};
  }
  static std::vector<std::vector<std::string>> HexRows(const std::vector<std::vector<crypto::Hash256>>& rows) {
    std::vector<std::vector<std::string>> out;
    for (const auto& row : rows) {
      out.emplace_back();
      for (const auto& h : row) out.back().push_back(util::ToHex(h));
    }
    return out;
  }
  static crypto::Hash256 H(uint8_t tag, util::ByteView a, util::ByteView b = {}) {
    util::Bytes data{tag};
    util::Append(data, a);
    util::Append(data, b);
    return crypto::Sha512_256(data);
  }
};

// The fixtures of stacks-common/src/util/hash.rs make_merkle_tree (the same tree code over double SHA-256).
TEST_F(MerkleTest, ReferenceFixturesDoubleSha256) {
  const std::string l0 = "44cf874abb7d10b323d5f6bf5bd4a5f25e3fe3d27fc74d59d7c258f4e5ed35c4";
  const std::string l1 = "b7d2c0a06fc0bffb86fca086fe9ae87561bb4191b770d947f1f042387904405f";
  const std::string l2 = "a2737fd98f23cf619c3c1e7b85484ec864491c29aa8f5422c3e9e73c3213a79d";
  const std::string l3 = "9b1ab546065ba19b028bcac528162af25931c785e60d635db9038defbf022a4c";
  const std::string l4 = "473effa680e4e10f28121cb8f8d34f2dbf6c8b89b2a3e59629180b1ea3d08849";
  const std::string n01 = "5fb4b0c841e2d00964f6ddc2bc7c0eb75b3af02223b3900132744dfa8c22433f";
  using Rows = std::vector<std::vector<std::string>>;

  EXPECT_TRUE(MerkleTreeRows(Views(Leaves(0)), DoubleSha256Tagged).empty());
  EXPECT_EQ(HexRows(MerkleTreeRows(Views(Leaves(1)), DoubleSha256Tagged)),
            (Rows{{l0, l0}, {"0486bee7283eb9a1251cf134e60635ea797ab54e5986b27c13ac83f03119d680"}}));
  EXPECT_EQ(HexRows(MerkleTreeRows(Views(Leaves(2)), DoubleSha256Tagged)), (Rows{{l0, l1}, {n01}}));
  EXPECT_EQ(HexRows(MerkleTreeRows(Views(Leaves(3)), DoubleSha256Tagged)),
            (Rows{{l0, l1, l2, l2},
                  {n01, "ae7c314ff379af325a26f408b6f883add2542a44f5c39313f545a42c25bad17c"},
                  {"978d9d2ea33ce554e38fa49141f80e2cba770cdacc8d0da6605b4bbd31f50b3b"}}));
  const std::string n23 = "cb985eb38b2184a9ebc0df8ea7b54579ffc25bc6a127e51a3e701b2ac0db73cc";
  const std::string n44 = "2236b6e4c9f72a5d43ada53445afa045872663c1e674f8e7c2068e8377b224a6";
  const std::string root5 = "6695db0423ffd46dc936a35b454223c4ff663ceeaffbc30a970cf33c861e50a2";
  EXPECT_EQ(HexRows(MerkleTreeRows(Views(Leaves(5)), DoubleSha256Tagged)),
            (Rows{{l0, l1, l2, l3, l4, l4},
                  {n01, n23, n44, n44},
                  {"5f040e3625c217bba84f89a61c70cb954c848e035db28c0568a13c691f73fb73",
                   "9f8e10332f968166b526c6eea230d7f31d4f8f6cd2eb6d84b0c34320dc976b8b"},
                  {root5}}));
  EXPECT_EQ(util::ToHex(MerkleRoot(Views(Leaves(5)), DoubleSha256Tagged)), root5);
}

TEST_F(MerkleTest, EmptyTreeHasZeroRoot) {
  EXPECT_EQ(MerkleRoot({}), crypto::Hash256{});
  EXPECT_EQ(TxMerkleRoot({}), crypto::Hash256{});
}

TEST_F(MerkleTest, SingleLeafIsHashedWithItself) {
  const Txid txid = util::ToArray<32>(Hex("0101010101010101010101010101010101010101010101010101010101010101"));
  const crypto::Hash256 leaf = H(0x00, txid);
  EXPECT_EQ(TxMerkleRoot({&txid, 1}), H(0x01, leaf, leaf));
}

TEST_F(MerkleTest, OddRowsDuplicateTheirLastHashWithSha512_256) {
  std::vector<Txid> txids;
  for (uint8_t i = 0; i < 3; ++i) txids.push_back(crypto::Sha512_256(util::Bytes{i}));
  const auto a = H(0x00, txids[0]), b = H(0x00, txids[1]), c = H(0x00, txids[2]);
  const auto ab = H(0x01, a, b), cc = H(0x01, c, c);
  EXPECT_EQ(TxMerkleRoot(txids), H(0x01, ab, cc));
}

TEST_F(MerkleTest, RootAgreesWithRowsForManySizes) {
  for (size_t n = 1; n <= 40; ++n) {
    const auto leaves = Leaves(n);
    const auto rows = MerkleTreeRows(Views(leaves), Sha512_256Tagged);
    ASSERT_EQ(rows.back().size(), 1u);
    for (size_t r = 0; r + 1 < rows.size(); ++r) EXPECT_EQ(rows[r].size() % 2, 0u) << n;
    EXPECT_EQ(MerkleRoot(Views(leaves)), rows.back()[0]) << n;
  }
}

TEST_F(MerkleTest, OrderAndEveryLeafMatter) {
  const auto leaves = Leaves(4);
  auto swapped = leaves;
  std::swap(swapped[1], swapped[2]);
  EXPECT_NE(MerkleRoot(Views(leaves)), MerkleRoot(Views(swapped)));
  auto changed = leaves;
  changed[3][31] ^= 1;
  EXPECT_NE(MerkleRoot(Views(leaves)), MerkleRoot(Views(changed)));
  // Listing the last leaf twice gives the root of the odd tree, as in Bitcoin (CVE-2012-2459); a block cannot do it
  // because its decoder refuses duplicate txids.
  EXPECT_EQ(MerkleRoot(Views(Leaves(3))), [&] {
    auto four = Leaves(3);
    four.push_back(four.back());
    return MerkleRoot(Views(four));
  }());
}

}  // namespace
}  // namespace stacks::chain
