#include "burnchain/output_address.h"

#include <gtest/gtest.h>

#include <cctype>

#include "burnchain_test_util.h"

namespace stacks::burnchain {
namespace {

using testing::ErrorOf;
using testing::Hex;
using util::ErrorCode;

class OutputAddressTest : public ::testing::Test {
 protected:
  // Fixtures from stacks-core's address.rs tests (see the data file).
  static nlohmann::json Vectors() { return testing::Vectors("output_addresses"); }

  static BitcoinNetworkType Network(const std::string& name) {
    if (name == "mainnet") return BitcoinNetworkType::kMainnet;
    if (name == "testnet") return BitcoinNetworkType::kTestnet;
    return BitcoinNetworkType::kRegtest;
  }

  // The expected address of a fixture's "result".
  static BitcoinOutputAddress Expected(const nlohmann::json& result) {
    const std::string kind = result["kind"];
    const BitcoinNetworkType network = Network(result["network"]);
    const util::Bytes hash = Hex(result["hash"].get<std::string>());
    if (kind == "p2pkh" || kind == "p2sh") {
      return LegacyAddress(kind == "p2pkh" ? codec::BitcoinAddressKind::kP2pkh : codec::BitcoinAddressKind::kP2sh,
                           network, util::ToArray<20>(hash));
    }
    const SegwitAddressKind segwit_kind = kind == "p2wpkh"  ? SegwitAddressKind::kP2wpkh
                                          : kind == "p2wsh" ? SegwitAddressKind::kP2wsh
                                                            : SegwitAddressKind::kP2tr;
    return SegwitAddress{segwit_kind, network, hash};
  }
};

TEST_F(OutputAddressTest, ParsesReferenceAddressTexts) {
  const nlohmann::json vectors = Vectors()["from_text"];
  for (const auto& v : vectors) {
    const std::string text = v["text"];
    auto r = ParseOutputAddress(text);
    if (v["result"].is_null()) {
      EXPECT_EQ(ErrorOf(r).code, ErrorCode::kInvalidArgument) << text;
      continue;
    }
    ASSERT_TRUE(r) << text << ": " << r.error().ToString();
    EXPECT_EQ(*r, Expected(v["result"])) << text;
    std::string lower = text;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool segwit = std::holds_alternative<SegwitAddress>(*r);
    EXPECT_EQ(OutputAddressToString(*r), segwit ? lower : text);
  }
}

TEST_F(OutputAddressTest, RecognizesReferenceScriptPubKeys) {
  const nlohmann::json vectors = Vectors()["from_script_mainnet"];
  for (const auto& v : vectors) {
    const util::Bytes script = Hex(v["script"].get<std::string>());
    auto address = OutputAddressFromScript(BitcoinNetworkType::kMainnet, script);
    if (v["result"].is_null()) {
      EXPECT_FALSE(address) << v["script"];
      continue;
    }
    ASSERT_TRUE(address) << v["script"];
    EXPECT_EQ(*address, Expected(v["result"]));
    EXPECT_EQ(OutputAddressScript(*address), script);
  }
}

TEST_F(OutputAddressTest, RoundTripsAddressesOfEveryNetwork) {
  const nlohmann::json vectors = Vectors()["round_trip"];
  for (const auto& v : vectors) {
    const std::string text = v;
    auto address = ParseOutputAddress(text);
    ASSERT_TRUE(address) << text;
    EXPECT_EQ(OutputAddressToString(*address), text);
    // Through the script and back on the address's own network.
    BitcoinNetworkType network = BitcoinNetworkType::kMainnet;
    if (const auto* segwit = std::get_if<SegwitAddress>(&*address)) network = segwit->network;
    if (const auto* legacy = std::get_if<codec::BitcoinAddress>(&*address)) {
      network = legacy->network == codec::BitcoinNetwork::kMainnet ? BitcoinNetworkType::kMainnet
                                                                   : BitcoinNetworkType::kTestnet;
    }
    auto back = OutputAddressFromScript(network, OutputAddressScript(*address));
    ASSERT_TRUE(back) << text;
    EXPECT_EQ(*back, *address) << text;
  }
}

TEST_F(OutputAddressTest, ScriptNetworkDecidesVersionAndHrp) {
  const util::Bytes p2pkh = Hex("76a9146ea17fc39169cdd9f2414a893aa5ce0c4b4c893488ac");
  EXPECT_EQ(OutputAddressToString(*OutputAddressFromScript(BitcoinNetworkType::kMainnet, p2pkh)),
            "1B5xoFjSwAB3DUum7dxXgj3brnYsXibLbc");
  // Regtest legacy addresses use testnet's version bytes.
  const auto regtest = OutputAddressFromScript(BitcoinNetworkType::kRegtest, p2pkh);
  EXPECT_EQ(*regtest, *OutputAddressFromScript(BitcoinNetworkType::kTestnet, p2pkh));
  const util::Bytes p2wpkh = Hex("0014751e76e8199196d454941c45d1b3a323f1433bd6");
  EXPECT_EQ(OutputAddressToString(*OutputAddressFromScript(BitcoinNetworkType::kRegtest, p2wpkh)).substr(0, 5),
            "bcrt1");
  EXPECT_EQ(OutputAddressToString(*OutputAddressFromScript(BitcoinNetworkType::kTestnet, p2wpkh)).substr(0, 3), "tb1");
}

TEST_F(OutputAddressTest, HasNoAddressForOtherScripts) {
  for (std::string_view hex : {
           "",
           "6a0169",                                                                  // OP_RETURN
           "2102d8015134d9db8178ac93acbc43170a2f20febba5087a5b0437058765ad5133d0ac",  // P2PK
           "5120339ce7e165e67d93adb3fef88a6d4beed33f01fa876f05a225242b82a631ab",      // P2TR, 31 bytes
           "5220339ce7e165e67d93adb3fef88a6d4beed33f01fa876f05a225242b82a631abc0",    // witness v2
           "76a9146ea17fc39169cdd9f2414a893aa5ce0c4b4c893488ac00",                    // P2PKH + 1 byte
       }) {
    EXPECT_FALSE(OutputAddressFromScript(BitcoinNetworkType::kMainnet, Hex(hex))) << hex;
  }
}

TEST_F(OutputAddressTest, ErrorQuotesBothDecoders) {
  auto r = ParseOutputAddress("not an address");
  EXPECT_EQ(ErrorOf(r).code, ErrorCode::kInvalidArgument);
  EXPECT_NE(ErrorOf(r).message.find("base58check"), std::string::npos);
  EXPECT_NE(ErrorOf(r).message.find("segwit"), std::string::npos);
  EXPECT_EQ(ErrorOf(ParseOutputAddress(std::string(1000, '1'))).code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace stacks::burnchain
