#include "clarity/storage/keys.h"

#include <gtest/gtest.h>

#include <string>

#include "clarity/types/serialization.h"
#include "codec/stacks_address.h"

namespace stacks::clarity::storage {
namespace {

ContractIdentifier Contract(const std::string& text) { return codec::ParseContractPrincipal(text).value(); }
codec::Principal Principal(const std::string& text) { return codec::ParsePrincipal(text).value(); }

// The literal keys below appear in the reference's own tests (stackslib/src/net/api/tests/getclaritymarfvalue.rs and
// getclaritymetadata.rs).
TEST(KeysTest, DataVarMatchesTheReference) {
  EXPECT_EQ(DataVarKey(Contract("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.counter"), "count"),
            "vm::ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.counter::1::count");
  EXPECT_EQ(DataVarKey(Contract("ST2DS4MSWSGJ3W9FBC6BVT0Y92S345HY8N3T6AV7R.hello-world"), "bar"),
            "vm::ST2DS4MSWSGJ3W9FBC6BVT0Y92S345HY8N3T6AV7R.hello-world::1::bar");
}

TEST(KeysTest, QuadMatchesTheReference) {
  EXPECT_EQ(
      KeyForQuad(Contract("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.counter"), StoreType::kDataMap, "data", "1234"),
      "vm::ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.counter::0::data::1234");
}

TEST(KeysTest, StxBalanceMatchesTheReference) {
  EXPECT_EQ(StxBalanceKey(Principal("ST2DS4MSWSGJ3W9FBC6BVT0Y92S345HY8N3T6AV7R")),
            "vm-account::ST2DS4MSWSGJ3W9FBC6BVT0Y92S345HY8N3T6AV7R::19");
}

TEST(KeysTest, ContractSizeMetadataMatchesTheReference) {
  EXPECT_EQ(ContractSizeKey(), "vm-metadata::9::contract-size");
}

// Store types print as decimal numbers, so 0x10 and above do not look like their hex values.
TEST(KeysTest, AccountKeysUseDecimalStoreTypes) {
  codec::Principal p = Principal("ST2DS4MSWSGJ3W9FBC6BVT0Y92S345HY8N3T6AV7R");
  EXPECT_EQ(NonceKey(p), "vm-account::ST2DS4MSWSGJ3W9FBC6BVT0Y92S345HY8N3T6AV7R::18");
  EXPECT_EQ(StxLockedKey(p), "vm-account::ST2DS4MSWSGJ3W9FBC6BVT0Y92S345HY8N3T6AV7R::20");
  EXPECT_EQ(UnlockHeightKey(p), "vm-account::ST2DS4MSWSGJ3W9FBC6BVT0Y92S345HY8N3T6AV7R::21");
  EXPECT_EQ(StxBalanceKey(Principal("ST2DS4MSWSGJ3W9FBC6BVT0Y92S345HY8N3T6AV7R.hello-world")),
            "vm-account::ST2DS4MSWSGJ3W9FBC6BVT0Y92S345HY8N3T6AV7R.hello-world::19");
}

TEST(KeysTest, MapEntryAndNftKeysUseTheValueHexWithoutPrefix) {
  ContractIdentifier c = Contract("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.counter");
  EXPECT_EQ(DataMapEntryKey(c, "data", Value::UInt(1)),
            "vm::ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.counter::0::data::0100000000000000000000000000000001");
  EXPECT_EQ(NftOwnerKey(c, "nft", Value::Int(-1)),
            "vm::ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.counter::4::nft::00ffffffffffffffffffffffffffffffff");
  EXPECT_EQ(FtSupplyKey(c, "tok"), "vm::ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.counter::3::tok");
}

TEST(KeysTest, MapEntryKeyFromItsPrefixIsTheSameKey) {
  ContractIdentifier c = Contract("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.counter");
  const std::string prefix = DataMapEntryKeyPrefix(c, "data");
  EXPECT_EQ(prefix, "vm::ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.counter::0::data::");
  const Value tuple = Value::Tuple({{"a", Value::Int(-1)}, {"b", Value::Bool(true)}}).value();
  for (const Value& key : {Value::UInt(1), Value::None(), tuple}) {
    EXPECT_EQ(DataMapEntryKey(prefix, key), DataMapEntryKey(c, "data", key));
    EXPECT_EQ(DataMapEntryKey(prefix, key), prefix + SerializeValueToHex(key));
  }
}

TEST(KeysTest, FtBalanceEmbedsThePrincipalAsSerdeJson) {
  StandardPrincipal issuer{26, {}};
  for (uint8_t i = 0; i < 20; ++i) issuer.hash160[i] = static_cast<uint8_t>(i * 13);
  const std::string bytes = "[0,13,26,39,52,65,78,91,104,117,130,143,156,169,182,195,208,221,234,247]";
  EXPECT_EQ(PrincipalJson(issuer), "{\"Standard\":[26," + bytes + "]}");
  EXPECT_EQ(PrincipalJson(ContractIdentifier{issuer, "tok"}),
            "{\"Contract\":{\"issuer\":[26," + bytes + "],\"name\":\"tok\"}}");
  ContractIdentifier c{issuer, "tok"};
  EXPECT_EQ(FtBalanceKey(c, "gold", issuer), "vm::" + c.ToString() + "::2::gold::{\"Standard\":[26," + bytes + "]}");
}

TEST(KeysTest, MetadataAndFixedKeys) {
  EXPECT_EQ(ContractMetadataKey(), "vm-metadata::9::contract");
  EXPECT_EQ(ContractSrcKey(), "vm-metadata::9::contract-src");
  EXPECT_EQ(ContractDataSizeKey(), "vm-metadata::9::contract-data-size");
  EXPECT_EQ(ContractAnalysisKey(), "analysis");
  EXPECT_EQ(DataMapMetadataKey("m"), "vm-metadata::5::m");
  EXPECT_EQ(DataVarMetadataKey("v"), "vm-metadata::6::v");
  EXPECT_EQ(FtMetadataKey("t"), "vm-metadata::7::t");
  EXPECT_EQ(NftMetadataKey("n"), "vm-metadata::8::n");
  EXPECT_EQ(EpochVersionKey(), "vm-epoch::epoch-version");
  EXPECT_EQ(TenureHeightKey(), "_stx-data::tenure_height");
  EXPECT_EQ(ContractHashKey(Contract("ST2DS4MSWSGJ3W9FBC6BVT0Y92S345HY8N3T6AV7R.hello-world")),
            "clarity-contract::ST2DS4MSWSGJ3W9FBC6BVT0Y92S345HY8N3T6AV7R.hello-world");
}

}  // namespace
}  // namespace stacks::clarity::storage
