#include "burnchain/bitcoin_tx.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "burnchain_test_util.h"

namespace stacks::burnchain {
namespace {

using testing::ErrorOf;
using testing::Hex;
using util::Bytes;
using util::ErrorCode;

class BitcoinTxTest : public ::testing::Test {
 protected:
  // Real mainnet transactions with their txids, from stacks-core's blocks.rs (see the data file).
  static nlohmann::json Reference() { return testing::Vectors("burnchain_txs")["vectors"]; }
  static nlohmann::json NotBurnchain() { return testing::Vectors("not_burnchain_txs")["vectors"]; }

  // version 1 | 1 input (zero prevout, vout 0, empty scriptSig, final) | 1 output (0 sats, empty script) | lock 0
  static Bytes MinimalLegacy() {
    return Hex("01000000 01" + std::string(64, '0') + "00000000 00 ffffffff 01 0000000000000000 00 00000000");
  }
};

TEST_F(BitcoinTxTest, DecodesReferenceTransactionsAndTheirTxids) {
  for (const auto& v : Reference()) {
    SCOPED_TRACE(v["name"].get<std::string>());
    const Bytes wire = Hex(v["tx"].get<std::string>());
    auto tx = DeserializeBitcoinTx(wire);
    ASSERT_TRUE(tx) << tx.error().ToString();
    EXPECT_EQ(SerializeBitcoinTx(*tx), wire);
    EXPECT_EQ(util::ToHex(BitcoinTxid(*tx)), v["txid"].get<std::string>());
    ASSERT_EQ(tx->inputs.size(), v["inputs"].size());
    for (size_t i = 0; i < tx->inputs.size(); ++i) {
      const auto& want = v["inputs"][i];
      EXPECT_EQ(util::ToHex(tx->inputs[i].prevout.txid), want["prev_txid"].get<std::string>());
      EXPECT_EQ(tx->inputs[i].prevout.vout, want["prev_vout"].get<uint32_t>());
      EXPECT_EQ(util::ToHex(tx->inputs[i].script_sig), want["script_sig"].get<std::string>());
      ASSERT_EQ(tx->inputs[i].witness.size(), want["witness"].size());
      for (size_t j = 0; j < want["witness"].size(); ++j) {
        EXPECT_EQ(util::ToHex(tx->inputs[i].witness[j]), want["witness"][j].get<std::string>());
      }
    }
  }
}

TEST_F(BitcoinTxTest, SegwitTxidHashesTheLegacyFormAndWtxidTheWholeTransaction) {
  size_t segwit = 0;
  for (const auto& v : Reference()) {
    const BitcoinTx tx = testing::TxFromHex(v["tx"].get<std::string>());
    if (HasWitness(tx)) {
      ++segwit;
      EXPECT_NE(SerializeBitcoinTxNoWitness(tx), SerializeBitcoinTx(tx));
      EXPECT_NE(BitcoinWtxid(tx), BitcoinTxid(tx));
      Txid digest = crypto::DoubleSha256(SerializeBitcoinTx(tx));
      std::reverse(digest.begin(), digest.end());
      EXPECT_EQ(BitcoinWtxid(tx), digest);
    } else {
      EXPECT_EQ(BitcoinWtxid(tx), BitcoinTxid(tx));
    }
  }
  EXPECT_EQ(segwit, 2u);
}

TEST_F(BitcoinTxTest, TxidIsTheReversedDoubleSha256) {
  const BitcoinTx tx = testing::TxFromHex(Reference()[0]["tx"].get<std::string>());
  Txid digest = crypto::DoubleSha256(SerializeBitcoinTx(tx));
  EXPECT_EQ(util::ToHex(digest), "b11f27d6b314ccb8db890c4af231cb378e2a6db26beadfac110b590124115c18");
  std::reverse(digest.begin(), digest.end());
  EXPECT_EQ(BitcoinTxid(tx), digest);
}

TEST_F(BitcoinTxTest, DecodesCoinbaseAndOtherNonOperationTransactions) {
  for (const auto& v : NotBurnchain()) {
    SCOPED_TRACE(v["name"].get<std::string>());
    const Bytes wire = Hex(v["tx"].get<std::string>());
    auto tx = DeserializeBitcoinTx(wire);
    ASSERT_TRUE(tx) << tx.error().ToString();
    EXPECT_EQ(SerializeBitcoinTx(*tx), wire);
  }
  const BitcoinTx coinbase = testing::TxFromHex(NotBurnchain()[2]["tx"].get<std::string>());
  EXPECT_EQ(coinbase.version, 2u);
  ASSERT_EQ(coinbase.inputs.size(), 1u);
  EXPECT_EQ(coinbase.inputs[0].prevout.txid, Txid{});
  EXPECT_EQ(coinbase.inputs[0].prevout.vout, 0xffffffffu);
}

TEST_F(BitcoinTxTest, BuildsAndRoundTripsAModelTransaction) {
  BitcoinTx tx;
  tx.version = 2;
  tx.lock_time = 500'000;
  TxIn in;
  in.prevout = {testing::HexArray<32>("420577d5f81b5430badcb64cd71e417842c89dd263f845199c0da8d1bc81a020"), 7};
  in.sequence = 0xfffffffd;
  in.witness = {Bytes(72, 0x30), Bytes{}, Bytes(33, 0x02)};
  tx.inputs = {in, TxIn{}};
  tx.outputs = {{1234, Bytes(300, 0xab)}, {0, {}}};
  const Bytes wire = SerializeBitcoinTx(tx);
  EXPECT_EQ(wire[4], 0x00);  // marker
  EXPECT_EQ(wire[5], 0x01);  // flag
  // The prevout txid goes on the wire reversed.
  EXPECT_EQ(util::ToHex(util::ByteView(wire).subspan(7, 32)),
            "20a081bcd1a80d9c1945f863d29dc84278411ed74cb6dcba30541bf8d5770542");
  auto back = DeserializeBitcoinTx(wire);
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, tx);
}

TEST_F(BitcoinTxTest, WritesTheLegacyFormWithoutWitnesses) {
  auto tx = DeserializeBitcoinTx(MinimalLegacy());
  ASSERT_TRUE(tx);
  EXPECT_FALSE(HasWitness(*tx));
  EXPECT_EQ(SerializeBitcoinTx(*tx), MinimalLegacy());
  EXPECT_EQ(SerializeBitcoinTxNoWitness(*tx), MinimalLegacy());
}

TEST_F(BitcoinTxTest, DecodesTheEmptyTransaction) {
  // A zero input count then segwit flag 0: no inputs, no outputs.
  const Bytes wire = Hex("01000000 00 00 00000000");
  auto tx = DeserializeBitcoinTx(wire);
  ASSERT_TRUE(tx);
  EXPECT_TRUE(tx->inputs.empty());
  EXPECT_TRUE(tx->outputs.empty());
  EXPECT_EQ(SerializeBitcoinTx(*tx), wire);
}

TEST_F(BitcoinTxTest, ZeroInputSegwitFormDecodesButDoesNotReencodeTheSame) {
  // marker, flag 1, no inputs, one output, no witnesses: accepted, as the reference's decoder does.
  const Bytes wire = Hex("01000000 0001 00 01 0000000000000000 00 00000000");
  auto tx = DeserializeBitcoinTx(wire);
  ASSERT_TRUE(tx);
  EXPECT_EQ(tx->outputs.size(), 1u);
  const Bytes again = SerializeBitcoinTx(*tx);
  EXPECT_NE(again, wire);
  // The legacy bytes read their output count 1 as a segwit flag.
  EXPECT_EQ(ErrorOf(DeserializeBitcoinTx(again)).code, ErrorCode::kInvalidArgument);
}

TEST_F(BitcoinTxTest, RejectsEveryTruncation) {
  const Bytes wire = Hex(Reference()[2]["tx"].get<std::string>());  // segwit
  for (size_t n = 0; n < wire.size(); ++n) {
    auto r = DeserializeBitcoinTx(util::ByteView(wire).first(n));
    ASSERT_FALSE(r) << "prefix of " << n << " bytes decoded";
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument) << n;
  }
}

TEST_F(BitcoinTxTest, RejectsTrailingBytes) {
  Bytes wire = MinimalLegacy();
  wire.push_back(0x00);
  auto r = DeserializeBitcoinTx(wire);
  EXPECT_EQ(ErrorOf(r).code, ErrorCode::kInvalidArgument);
  EXPECT_NE(ErrorOf(r).message.find("trailing"), std::string::npos);
}

TEST_F(BitcoinTxTest, RejectsCountsTheInputCannotHold) {
  struct Case {
    std::string hex;
    std::string_view what;
  };
  const std::string prevout = std::string(64, '0') + "00000000";
  for (const Case& c : {
           Case{"01000000 ffffffffffffffffff 00000000", "input count"},
           Case{"01000000 fe00000100", "input count"},
           Case{"01000000 01" + prevout + "00ffffffff ffffffffffffffffff", "output count"},
           Case{"01000000 01" + prevout + "ff0000000000000001 ffffffff", "script_sig"},
           Case{"01000000 01" + prevout + "00ffffffff 01 0000000000000000 fe00000100", "script_pubkey"},
           Case{"01000000 0001 01" + prevout + "00ffffffff 00 fe00000100", "witness item count"},
           Case{"01000000 0001 01" + prevout + "00ffffffff 00 01 fdfd00", "witness item"},
       }) {
    auto r = DeserializeBitcoinTx(Hex(c.hex));
    ASSERT_FALSE(r) << c.what;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument) << c.what;
    EXPECT_NE(r.error().message.find(c.what), std::string::npos) << r.error().message;
  }
}

TEST_F(BitcoinTxTest, RejectsNonMinimalCompactSizes) {
  // 1 and 252 in three bytes, 0xffff in five, 0xffffffff in nine.
  for (std::string_view count : {"fd0100", "fdfc00", "feffff0000", "ffffffffff00000000"}) {
    auto r = DeserializeBitcoinTx(Hex("01000000" + std::string(count) + "00000000"));
    EXPECT_EQ(ErrorOf(r).code, ErrorCode::kInvalidArgument) << count;
    EXPECT_NE(ErrorOf(r).message.find("non-minimal"), std::string::npos) << ErrorOf(r).message;
  }
}

TEST_F(BitcoinTxTest, RejectsUnknownSegwitFlag) {
  auto r = DeserializeBitcoinTx(Hex("01000000 0002 00 00 00000000"));
  EXPECT_EQ(ErrorOf(r).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(r).message, "unsupported segwit flag 2");
}

TEST_F(BitcoinTxTest, RejectsSegwitFormWithoutWitnesses) {
  const std::string input = std::string(64, '0') + "00000000 00 ffffffff";
  auto r = DeserializeBitcoinTx(Hex("01000000 0001 01" + input + "00 00 00000000"));
  EXPECT_EQ(ErrorOf(r).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(r).message, "segwit flag set but no witnesses present");
}

TEST_F(BitcoinTxTest, RejectsOversizedInput) {
  const Bytes huge(MAX_BITCOIN_TX_SIZE + 1, 0);
  EXPECT_EQ(ErrorOf(DeserializeBitcoinTx(huge)).code, ErrorCode::kResourceExhausted);
}

TEST_F(BitcoinTxTest, ParsesTxidHex) {
  auto txid = TxidFromHex("185c112401590b11acdfea6bb26d2a8e37cb31f24a0c89dbb8cc14b3d6271fb1");
  ASSERT_TRUE(txid);
  EXPECT_EQ((*txid)[0], 0x18);
  EXPECT_EQ(ErrorOf(TxidFromHex("185c")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(TxidFromHex(std::string(64, 'g'))).code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace stacks::burnchain
