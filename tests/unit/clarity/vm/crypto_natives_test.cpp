// principal-of? and secp256r1-verify (crypto_natives.h) through EvalSnippet: keys and signatures of every bad shape,
// the network and Clarity-version rules, costs. Expected values and costs are the reference VM's (clarinet-sdk
// 3.21.0) or independent vectors (RFC 6979), never this VM's own output.
#include <gtest/gtest.h>

#include <string>

#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/snippet.h"

namespace stacks::clarity::vm {
namespace {

// A compressed secp256k1 key whose testnet address the reference VM gives as ST1AW6EKPGT61SQ9FNVDS17RKNWT8ZP582VF9HSCP.
constexpr std::string_view kKey = "0x03adb8de4bfb65db2cfd6120d55c6526ae9c52e675db7e47308636534ba7786110";
constexpr std::string_view kKeyAddress = "ST1AW6EKPGT61SQ9FNVDS17RKNWT8ZP582VF9HSCP";

// A P-256 signature the reference VM verifies under Clarity 4 (over SHA-256 of the message hash).
constexpr std::string_view kR1Message = "0xf8691c973399b0c18e35b7722f22916b13bf33ebaf2f47710efc58ba7b0d7b98";
constexpr std::string_view kR1Signature =
    "0xce800a989cdb7c9e5c0ef03ed8d12ed85bbeed73041f28b70bc8001dfa9c34ba13cf3d8277d3b00ff94cb7facd7d8bf387e1d38ad6834b8a"
    "2"
    "51d96db730938ff";
constexpr std::string_view kR1Key = "0x0307ba6ec625dbd23c6b458f9ff61ce6e45fbcc0868ceb21684d3cfc62ecc8bc60";
// RFC 6979 A.2.5 (P-256, SHA-256, "sample"): the digest, the signature over it, the key.
constexpr std::string_view kRfcDigest = "0xaf2bdbe1aa9b6ec1e2ade1d694f41fc71a831d0268e9891562113d8a62add1bf";
constexpr std::string_view kRfcSignature =
    "0xefd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff406"
    "4dc4ab2f843acda8";
constexpr std::string_view kRfcKey = "0x0360fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6";

EvalOptions Opts(ClarityVersion version, costs::Epoch epoch = costs::Epoch::k33, bool mainnet = false) {
  EvalOptions o;
  o.epoch = epoch;
  o.clarity_version = version;
  o.mainnet = mainnet;
  return o;
}

// The value in the reference's text form, or "<kind>:<variant>:<reason>".
std::string EvalText(const std::string& source, const EvalOptions& options) {
  auto r = EvalSnippet(source, options);
  if (!r) {
    ErrorInfo info = ClassifyError(r.error());
    return info.kind + ":" + info.error + ":" + info.reason;
  }
  return ToReferenceString(r->value);
}

uint64_t RuntimeOf(const std::string& source, const EvalOptions& options) {
  auto r = EvalSnippet(source, options);
  EXPECT_TRUE(r) << source << ": " << (r ? "" : r.error().message);
  return r ? r->cost.runtime : 0;
}

std::string PrincipalOf(std::string_view key) { return "(principal-of? " + std::string(key) + ")"; }

std::string R1Verify(std::string_view message, std::string_view signature, std::string_view key) {
  return "(secp256r1-verify " + std::string(message) + " " + std::string(signature) + " " + std::string(key) + ")";
}

TEST(CryptoNativesTest, PrincipalOfGivesTheKeysAddress) {
  for (auto version : {ClarityVersion::kClarity1, ClarityVersion::kClarity2, ClarityVersion::kClarity4}) {
    EXPECT_EQ(EvalText(PrincipalOf(kKey), Opts(version)), "(ok " + std::string(kKeyAddress) + ")");
  }
}

TEST(CryptoNativesTest, PrincipalOfUsesTheChainsNetworkFromClarity2) {
  // On mainnet a Clarity 2 contract gets the mainnet version (22) of the same hash.
  const std::string destruct = "(principal-destruct? (unwrap-panic " + PrincipalOf(kKey) + "))";
  const std::string same_hash = "(is-eq (get hash-bytes (unwrap-panic " + destruct +
                                ")) (get hash-bytes (unwrap-err-panic (principal-destruct? '" +
                                std::string(kKeyAddress) + "))))";
  EXPECT_EQ(EvalText(same_hash, Opts(ClarityVersion::kClarity2, costs::Epoch::k33, /*mainnet=*/true)), "true");
  EXPECT_EQ(EvalText("(get version (unwrap-panic " + destruct + "))",
                     Opts(ClarityVersion::kClarity2, costs::Epoch::k33, /*mainnet=*/true)),
            "0x16");
  // A Clarity 1 contract keeps the testnet version on every chain (the reference's preserved bug).
  EXPECT_EQ(EvalText(PrincipalOf(kKey), Opts(ClarityVersion::kClarity1, costs::Epoch::k21, /*mainnet=*/true)),
            "(ok " + std::string(kKeyAddress) + ")");
}

TEST(CryptoNativesTest, PrincipalOfRefusesKeysThatAreNotPoints) {
  const auto o = Opts(ClarityVersion::kClarity2);
  // A bad prefix, an x of the field's size, the all-zero buffer: (err u1), as the reference.
  EXPECT_EQ(EvalText(PrincipalOf("0x05adb8de4bfb65db2cfd6120d55c6526ae9c52e675db7e47308636534ba7786110"), o),
            "(err u1)");
  EXPECT_EQ(EvalText(PrincipalOf("0x02ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"), o),
            "(err u1)");
  EXPECT_EQ(EvalText(PrincipalOf("0x" + std::string(66, '0')), o), "(err u1)");
  // An uncompressed prefix does not fit 33 bytes.
  EXPECT_EQ(EvalText(PrincipalOf("0x04adb8de4bfb65db2cfd6120d55c6526ae9c52e675db7e47308636534ba7786110"), o),
            "(err u1)");
}

TEST(CryptoNativesTest, PrincipalOfArgumentShapes) {
  const auto o = Opts(ClarityVersion::kClarity2);
  // Shorter than 33 bytes passes the type checker and fails at run time; longer, or not a buffer, does not pass it.
  EXPECT_EQ(EvalText(PrincipalOf("0x03adb8de4bfb65db2cfd6120d55c6526ae9c52e675db7e47308636534ba77861"), o),
            "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(EvalText(PrincipalOf("0x"), o), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(EvalText(PrincipalOf(std::string(kKey) + "00"), o), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText(PrincipalOf("u1"), o), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(principal-of?)", o), "analysis:Unchecked:IncorrectArgumentCount");
  EXPECT_EQ(EvalText("(principal-of? " + std::string(kKey) + " " + std::string(kKey) + ")", o),
            "analysis:Unchecked:IncorrectArgumentCount");
}

TEST(CryptoNativesTest, PrincipalOfCosts) {
  // The reference: 1000 for a valid key and for an invalid one (cost_lookup_function 16 + cost_principal_of 984).
  EXPECT_EQ(RuntimeOf(PrincipalOf(kKey), Opts(ClarityVersion::kClarity4)), 1000u);
  EXPECT_EQ(RuntimeOf(PrincipalOf("0x05adb8de4bfb65db2cfd6120d55c6526ae9c52e675db7e47308636534ba7786110"),
                      Opts(ClarityVersion::kClarity4)),
            1000u);
}

TEST(CryptoNativesTest, Secp256r1VerifyDoubleHashesInClarity4Only) {
  const std::string reference_vector = R1Verify(kR1Message, kR1Signature, kR1Key);
  const std::string rfc_vector = R1Verify(kRfcDigest, kRfcSignature, kRfcKey);
  EXPECT_EQ(EvalText(reference_vector, Opts(ClarityVersion::kClarity4)), "true");
  EXPECT_EQ(EvalText(rfc_vector, Opts(ClarityVersion::kClarity4)), "false");
  // Clarity 5 verifies over the message hash as it is.
  EXPECT_EQ(EvalText(reference_vector, Opts(ClarityVersion::kClarity5, costs::Epoch::k34)), "false");
  EXPECT_EQ(EvalText(rfc_vector, Opts(ClarityVersion::kClarity5, costs::Epoch::k34)), "true");
  EXPECT_EQ(EvalText(rfc_vector, Opts(ClarityVersion::kClarity6, costs::Epoch::k40)), "true");
  // Clarity 4 contracts keep double hashing in later epochs.
  EXPECT_EQ(EvalText(reference_vector, Opts(ClarityVersion::kClarity4, costs::Epoch::k34)), "true");
}

TEST(CryptoNativesTest, Secp256r1VerifyRefusesBadInput) {
  const auto o = Opts(ClarityVersion::kClarity4);
  // Another message, a key of the other parity, the all-zero signature and key: false.
  EXPECT_EQ(
      EvalText(R1Verify("0xf8691c973399b0c18e35b7722f22916b13bf33ebaf2f47710efc58ba7b0d7b99", kR1Signature, kR1Key), o),
      "false");
  EXPECT_EQ(EvalText(R1Verify(kR1Message, kR1Signature,
                              "0x0207ba6ec625dbd23c6b458f9ff61ce6e45fbcc0868ceb21684d3cfc62ecc8bc60"),
                     o),
            "false");
  EXPECT_EQ(
      EvalText(R1Verify("0x" + std::string(64, '0'), "0x" + std::string(128, '0'), "0x02" + std::string(64, '0')), o),
      "false");
  // A signature shorter than 64 bytes is false before the key is even evaluated.
  EXPECT_EQ(EvalText(R1Verify(kR1Message, "0x00", "(unwrap-panic (if true none (some 0x00)))"), o), "false");
  // A longer signature, or one that is not a buffer, is the type checker's refusal.
  EXPECT_EQ(EvalText(R1Verify(kR1Message, std::string(kR1Signature) + "00", kR1Key), o),
            "analysis:Unchecked:TypeValueError");
  // Short message or key: run-time checks; longer ones: the type checker's.
  EXPECT_EQ(EvalText(R1Verify("0x00", kR1Signature, kR1Key), o), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(EvalText(R1Verify(kR1Message, kR1Signature, "0x0307"), o), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(EvalText(R1Verify(std::string(kR1Message) + "00", kR1Signature, kR1Key), o),
            "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText(R1Verify(kR1Message, kR1Signature, std::string(kR1Key) + "00"), o),
            "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(secp256r1-verify " + std::string(kR1Message) + " " + std::string(kR1Signature) + ")", o),
            "analysis:Unchecked:IncorrectArgumentCount");
}

TEST(CryptoNativesTest, Secp256r1VerifyIsClarity4On) {
  EXPECT_EQ(EvalText(R1Verify(kR1Message, kR1Signature, kR1Key), Opts(ClarityVersion::kClarity3)),
            "analysis:Unchecked:UndefinedFunction");
  // The reference's cost: cost_lookup_function 16 + cost_secp256r1verify 51750, also when it answers false.
  EXPECT_EQ(RuntimeOf(R1Verify(kR1Message, kR1Signature, kR1Key), Opts(ClarityVersion::kClarity4)), 51766u);
  EXPECT_EQ(
      RuntimeOf(R1Verify("0x" + std::string(64, '0'), "0x" + std::string(128, '0'), "0x02" + std::string(64, '0')),
                Opts(ClarityVersion::kClarity6, costs::Epoch::k40)),
      51766u);
}

}  // namespace
}  // namespace stacks::clarity::vm
