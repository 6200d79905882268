// The consensus-hash ancestor heights are the reference's vectors (stackslib/src/chainstate/burn/mod.rs, test
// get_prev_consensus_hashes: snapshot i has consensus hash i, so the hashes it expects are the heights).
#include "sortition/consensus_hash.h"

#include <gtest/gtest.h>

#include <vector>

#include "util/hex.h"

namespace stacks::sortition {
namespace {

struct AncestorCase {
  uint64_t parent_height;
  std::vector<uint64_t> heights;
};

TEST(ConsensusHashTest, AncestorHeightsMatchReferenceVectors) {
  const std::vector<AncestorCase> cases = {
      {0, {0}},
      {1, {1, 0}},
      {2, {2, 1}},
      {3, {3, 2, 0}},
      {4, {4, 3, 1}},
      {5, {5, 4, 2}},
      {6, {6, 5, 3}},
      {7, {7, 6, 4, 0}},
      {8, {8, 7, 5, 1}},
      {62, {62, 61, 59, 55, 47, 31}},
      {63, {63, 62, 60, 56, 48, 32, 0}},
      {64, {64, 63, 61, 57, 49, 33, 1}},
      {126, {126, 125, 123, 119, 111, 95, 63}},
      {127, {127, 126, 124, 120, 112, 96, 64, 0}},
      {128, {128, 127, 125, 121, 113, 97, 65, 1}},
      {254, {254, 253, 251, 247, 239, 223, 191, 127}},
      {255, {255, 254, 252, 248, 240, 224, 192, 128, 0}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ConsensusHashAncestorHeights(c.parent_height, 0), c.heights) << "parent height " << c.parent_height;
  }
}

TEST(ConsensusHashTest, AncestorHeightsStopAtFirstBlock) {
  EXPECT_EQ(ConsensusHashAncestorHeights(100, 100), (std::vector<uint64_t>{100}));
  EXPECT_EQ(ConsensusHashAncestorHeights(104, 100), (std::vector<uint64_t>{104, 103, 101}));
}

TEST(ConsensusHashTest, MixesAreSha256OfTheConcatenation) {
  SortitionHash zero{};
  BurnchainHeaderHash burn{};
  burn.fill(0xab);
  util::Bytes both(zero.begin(), zero.end());
  both.insert(both.end(), burn.begin(), burn.end());
  EXPECT_EQ(MixBurnHeader(zero, burn), crypto::Sha256(both));
  EXPECT_EQ(MixVrfSeed(zero, burn), crypto::Sha256(both));
  EXPECT_NE(MixBurnHeader(burn, zero), MixBurnHeader(zero, burn));
}

TEST(ConsensusHashTest, OpsHashOfNoOpsIsSha256OfNothing) {
  EXPECT_EQ(util::ToHex(ComputeOpsHash({})), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(ConsensusHashTest, ConsensusHashCommitsToEachFieldInOrder) {
  BurnchainHeaderHash burn{};
  burn[31] = 1;
  OpsHash ops{};
  ops[0] = 2;
  ConsensusHash a{}, b{};
  a[19] = 3;
  b[19] = 4;
  const std::vector<ConsensusHash> ancestors = {a, b};

  util::Bytes preimage = {23, 0, 0, 0};
  preimage.insert(preimage.end(), burn.begin(), burn.end());
  preimage.insert(preimage.end(), ops.begin(), ops.end());
  for (uint8_t byte : {0, 0, 0, 0, 0, 0, 0x01, 0x02}) preimage.push_back(byte);  // total burn 258, big-endian
  preimage.push_back('1');
  preimage.insert(preimage.end(), a.begin(), a.end());
  preimage.insert(preimage.end(), b.begin(), b.end());
  EXPECT_EQ(ComputeConsensusHash(burn, ops, 258, POX_ID_INITIAL, ancestors),
            crypto::Ripemd160(crypto::Sha256(preimage)));

  const std::vector<ConsensusHash> swapped = {b, a};
  EXPECT_NE(ComputeConsensusHash(burn, ops, 258, "1", ancestors), ComputeConsensusHash(burn, ops, 258, "1", swapped));
  EXPECT_NE(ComputeConsensusHash(burn, ops, 258, "1", ancestors), ComputeConsensusHash(burn, ops, 259, "1", ancestors));
  EXPECT_NE(ComputeConsensusHash(burn, ops, 258, "1", ancestors),
            ComputeConsensusHash(burn, ops, 258, "11", ancestors));
}

}  // namespace
}  // namespace stacks::sortition
