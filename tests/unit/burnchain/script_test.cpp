#include "burnchain/script.h"

#include <gtest/gtest.h>

#include "burnchain_test_util.h"

namespace stacks::burnchain {
namespace {

using testing::Hex;
using util::Bytes;
using Kind = ScriptInstruction::Kind;

class ScriptTest : public ::testing::Test {};

TEST_F(ScriptTest, ReadsEveryPushForm) {
  // 0x00 (empty push), direct push of 2, OP_PUSHDATA1/2/4 of 1 byte each (non-minimal, still accepted), OP_DUP.
  const Bytes script = Hex("00 02aabb 4c01cc 4d0100dd 4e01000000ee 76");
  const auto ins = ParseScript(script);
  ASSERT_EQ(ins.size(), 6u);
  EXPECT_EQ(ins[0].kind, Kind::kPush);
  EXPECT_TRUE(ins[0].data.empty());
  EXPECT_EQ(util::ToHex(ins[1].data), "aabb");
  EXPECT_EQ(util::ToHex(ins[2].data), "cc");
  EXPECT_EQ(util::ToHex(ins[3].data), "dd");
  EXPECT_EQ(util::ToHex(ins[4].data), "ee");
  EXPECT_EQ(ins[5].kind, Kind::kOp);
  EXPECT_EQ(ins[5].opcode, OP_DUP);
}

TEST_F(ScriptTest, TreatsSmallNumbersAndOtherOpcodesAsBareOps) {
  const auto ins = ParseScript(Hex("4f5160ac"));  // OP_1NEGATE OP_1 OP_16 OP_CHECKSIG
  ASSERT_EQ(ins.size(), 4u);
  for (const auto& i : ins) EXPECT_EQ(i.kind, Kind::kOp);
}

TEST_F(ScriptTest, EndsWithAnErrorWhenAPushRunsPastTheEnd) {
  for (std::string_view hex :
       {"76 03aabb", "76 4c", "76 4c02aa", "76 4d01", "76 4d0200aa", "76 4e010000", "76 4effffffffaa"}) {
    const auto ins = ParseScript(Hex(hex));
    ASSERT_EQ(ins.size(), 2u) << hex;
    EXPECT_EQ(ins[0].kind, Kind::kOp) << hex;
    EXPECT_EQ(ins[1].kind, Kind::kError) << hex;
  }
}

TEST_F(ScriptTest, ExtractsOpReturnPayloads) {
  // The leader block commit fixture's OP_RETURN uses OP_PUSHDATA1 for its 80 bytes.
  const Bytes commit = Hex("6a4c50" + std::string(160, 'a'));
  auto payload = OpReturnPayload(commit);
  ASSERT_TRUE(payload);
  EXPECT_EQ(payload->size(), 80u);
  EXPECT_EQ(util::ToHex(*OpReturnPayload(Hex("6a03696470"))), "696470");
  EXPECT_EQ(util::ToHex(*OpReturnPayload(Hex("6a4c03696470"))), "696470");  // non-minimal push
  EXPECT_TRUE(OpReturnPayload(Hex("6a00"))->empty());
}

TEST_F(ScriptTest, RefusesScriptsThatAreNotOpReturnAndOnePush) {
  for (std::string_view hex : {"", "6a", "6a0269", "6a51", "6a0169 0170", "6a016976", "006a0169", "76a90169"}) {
    EXPECT_FALSE(OpReturnPayload(Hex(hex))) << hex;
  }
}

TEST_F(ScriptTest, PushesWithTheShortestOpcode) {
  struct Case {
    size_t size;
    std::string prefix;
  };
  for (const Case& c : {Case{0, "00"}, Case{75, "4b"}, Case{76, "4c4c"}, Case{255, "4cff"}, Case{256, "4d0001"},
                        Case{65535, "4dffff"}, Case{65536, "4e00000100"}}) {
    Bytes script;
    AppendPush(script, Bytes(c.size, 0x01));
    const Bytes prefix = Hex(c.prefix);
    ASSERT_EQ(script.size(), prefix.size() + c.size) << c.size;
    EXPECT_TRUE(std::equal(prefix.begin(), prefix.end(), script.begin())) << c.size;
    const auto ins = ParseScript(script);
    ASSERT_EQ(ins.size(), 1u);
    EXPECT_EQ(ins[0].data.size(), c.size);
  }
}

TEST_F(ScriptTest, BuildsStandardOutputScripts) {
  // Scripts from stacks-core's address.rs test_from_scriptpubkey.
  EXPECT_EQ(util::ToHex(P2pkhScript(testing::HexArray<20>("6ea17fc39169cdd9f2414a893aa5ce0c4b4c8934"))),
            "76a9146ea17fc39169cdd9f2414a893aa5ce0c4b4c893488ac");
  EXPECT_EQ(util::ToHex(P2shScript(testing::HexArray<20>("2c2edf39b098e05cf770e6b5a2fcedb54ee4fe05"))),
            "a9142c2edf39b098e05cf770e6b5a2fcedb54ee4fe0587");
  EXPECT_EQ(util::ToHex(P2wpkhScript(testing::HexArray<20>("751e76e8199196d454941c45d1b3a323f1433bd6"))),
            "0014751e76e8199196d454941c45d1b3a323f1433bd6");
  const std::string program = "1863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262";
  EXPECT_EQ(util::ToHex(P2wshScript(testing::HexArray<32>(program))), "0020" + program);
  EXPECT_EQ(util::ToHex(P2trScript(testing::HexArray<32>(program))), "5120" + program);
  EXPECT_EQ(util::ToHex(OpReturnScript(Hex("69645e"))), "6a0369645e");
}

}  // namespace
}  // namespace stacks::burnchain
