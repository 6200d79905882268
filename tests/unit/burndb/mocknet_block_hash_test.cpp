#include "burndb/mocknet_block_hash.h"

#include <gtest/gtest.h>

#include <vector>

#include "crypto/hash.h"
#include "util/hex.h"

namespace stacks::burndb {
namespace {

burnchain::Txid TxidOf(uint8_t b) {
  burnchain::Txid txid;
  txid.fill(b);
  return txid;
}

TEST(MocknetBlockHashTest, HeaderHasBitcoinsLayout) {
  burnchain::BurnchainHeaderHash parent{};
  parent[0] = 0xaa;  // display order: first byte shown, last byte in the header's parent field
  const util::Bytes header = MocknetBlockHeader(parent, 0x01020304, 0x11223344, {});
  ASSERT_EQ(header.size(), MOCKNET_HEADER_SIZE);
  EXPECT_EQ(util::ToHex(util::ByteView(header).first(4)), "00000020");
  EXPECT_EQ(header[4 + 31], 0xaa);
  EXPECT_EQ(util::ToHex(util::ByteView(header).subspan(36, 32)), std::string(64, '0'));
  EXPECT_EQ(util::ToHex(util::ByteView(header).subspan(68, 4)), "44332211");
  EXPECT_EQ(util::ToHex(util::ByteView(header).subspan(72, 4)), "ffff7f20");
  EXPECT_EQ(util::ToHex(util::ByteView(header).subspan(76, 4)), "04030201");
}

TEST(MocknetBlockHashTest, MerkleRootOfOneTxidIsTheTxidInInternalOrder) {
  burnchain::Txid txid{};
  txid[0] = 1;
  const std::vector<burnchain::Txid> one = {txid};
  crypto::Hash256 want{};
  want[31] = 1;
  EXPECT_EQ(TxidMerkleRoot(one), want);
}

TEST(MocknetBlockHashTest, MerkleRootPairsTheLastOddHashWithItself) {
  const std::vector<burnchain::Txid> three = {TxidOf(1), TxidOf(2), TxidOf(3)};
  const std::vector<burnchain::Txid> four = {TxidOf(1), TxidOf(2), TxidOf(3), TxidOf(3)};
  EXPECT_EQ(TxidMerkleRoot(three), TxidMerkleRoot(four));
  const crypto::Hash256 left = crypto::DoubleSha256(util::Concat({TxidOf(1), TxidOf(2)}));
  const crypto::Hash256 right = crypto::DoubleSha256(util::Concat({TxidOf(3), TxidOf(3)}));
  EXPECT_EQ(TxidMerkleRoot(three), crypto::DoubleSha256(util::Concat({left, right})));
}

TEST(MocknetBlockHashTest, HashIsReversedDoubleSha256OfTheHeader) {
  const std::vector<burnchain::Txid> txids = {TxidOf(7)};
  crypto::Hash256 digest = crypto::DoubleSha256(MocknetBlockHeader(TxidOf(9), 5, 1000, txids));
  std::reverse(digest.begin(), digest.end());
  EXPECT_EQ(MocknetBlockHash(TxidOf(9), 5, 1000, txids), digest);
}

TEST(MocknetBlockHashTest, HashDependsOnEveryInput) {
  const std::vector<burnchain::Txid> txids = {TxidOf(7)};
  const std::vector<burnchain::Txid> other_txids = {TxidOf(8)};
  const auto base = MocknetBlockHash(TxidOf(9), 5, 1000, txids);
  EXPECT_EQ(MocknetBlockHash(TxidOf(9), 5, 1000, txids), base);
  EXPECT_NE(MocknetBlockHash(TxidOf(10), 5, 1000, txids), base);
  EXPECT_NE(MocknetBlockHash(TxidOf(9), 6, 1000, txids), base);
  EXPECT_NE(MocknetBlockHash(TxidOf(9), 5, 1001, txids), base);
  EXPECT_NE(MocknetBlockHash(TxidOf(9), 5, 1000, other_txids), base);
  EXPECT_NE(MocknetBlockHash(TxidOf(9), 5, 1000, {}), base);
}

}  // namespace
}  // namespace stacks::burndb
