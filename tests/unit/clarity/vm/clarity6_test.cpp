// Clarity 6's natives (clarity6.h) through EvalSnippet at Epoch 4.0: transactions, proofs, keys and signatures of
// every bad shape, the argument types the type checker would refuse, the Clarity version, and costs. Expected values
// and costs are the reference VM's (clarinet-sdk 3.21.0) or computed independently (txids and merkle roots with
// Python's hashlib, RFC 8032's Ed25519 vectors), never this VM's own output.
#include <gtest/gtest.h>

#include <string>

#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/snippet.h"

namespace stacks::clarity::vm {
namespace {

// Version 2, one input, outputs 12,345 sats to a P2WPKH script and 0 to OP_RETURN "stx!", in the segwit form (one
// witness of two items); txid (internal order, of the witness-free form) by hashlib.
constexpr std::string_view kSegwitTx =
    "0x0200000000010111111111111111111111111111111111111111111111111111111111111111110100000000feffffff0239300000000000"
    "00160014000102030405060708090a0b0c0d0e0f101112130000000000000000066a047374782102030102030000000000";
constexpr std::string_view kSegwitTxid = "0xa058609bd3316095e9b37c2097ba1b157d56efe1c7bbac0b10880891077b3245";
// Legacy, two outputs: 1 sat to a 1,025-byte script, 2 sats to a 1,024-byte one (2,122 bytes).
constexpr std::string_view kBigScriptTx =
    "0x020000000111111111111111111111111111111111111111111111111111111111111111110100000000feffffff020100000000000000fd"
    "010451515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "510200000000000000fd0004515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151515151"
    "5151515151515151515100000000";
constexpr std::string_view kBigScriptTxid = "0xae1e35e0f86f5c2f76a0a660755cb8013a4ef14af2583ae2accae2cacc52e4e7";

// Double SHA-256 of "a", "b", "c", and the roots of the trees [a, b] and [a, b, c] (hashlib).
constexpr std::string_view kLeafA = "0xbf5d3affb73efd2ec6c36ad3112dd933efed63c4e1cbffcfa88e2759c144f2d8";
constexpr std::string_view kLeafB = "0x39361160903c6695c6804b7157c7bd10013e9ba89b1f954243bc8e3990b08db9";
constexpr std::string_view kRootAB = "0xb767a3a12f5f8bb1949d163c51f9a42e6bda8dcd02d50353717f73d4338b1bf0";

// RFC 8032 TEST 2.
constexpr std::string_view kEdKey = "0x3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
constexpr std::string_view kEdSignature =
    "0x92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aee"
    "b00d291612bb0c00";

// A compressed secp256k1 key and its uncompressed form (Node's crypto).
constexpr std::string_view kCompressed = "0x0250863ad64a87ae8a2fe83c1af1a8403cb53f53e486d8511dad8a04887e5b2352";
constexpr std::string_view kUncompressed =
    "0x0450863ad64a87ae8a2fe83c1af1a8403cb53f53e486d8511dad8a04887e5b23522cd470243453a299fa9e77237716103abc11a1df3885"
    "5ed6f2ee187e9c582ba6";

EvalOptions Opts(ClarityVersion version = ClarityVersion::kClarity6, costs::Epoch epoch = costs::Epoch::k40) {
  EvalOptions o;
  o.epoch = epoch;
  o.clarity_version = version;
  return o;
}

// The value in the reference's text form, or "<kind>:<variant>:<reason>".
std::string EvalText(const std::string& source, const EvalOptions& options = Opts()) {
  auto r = EvalSnippet(source, options);
  if (!r) {
    ErrorInfo info = ClassifyError(r.error());
    return info.kind + ":" + info.error + ":" + info.reason;
  }
  return ToReferenceString(r->value);
}

uint64_t RuntimeOf(const std::string& source, const EvalOptions& options = Opts()) {
  auto r = EvalSnippet(source, options);
  EXPECT_TRUE(r) << source << ": " << (r ? "" : r.error().message);
  return r ? r->cost.runtime : 0;
}

std::string Zeros(size_t n) { return "0x" + std::string(2 * n, '0'); }
std::string S(std::string_view s) { return std::string(s); }

std::string TxOutput(std::string_view tx, std::string_view vout) {
  return "(get-bitcoin-tx-output? " + S(tx) + " " + S(vout) + ")";
}

std::string Merkle(std::string_view leaf, std::string_view root, std::string_view index, std::string_view count,
                   const std::string& siblings) {
  return "(verify-merkle-proof " + S(leaf) + " " + S(root) + " " + S(index) + " " + S(count) + " (list " + siblings +
         "))";
}

std::string EdVerify(const std::string& message, std::string_view signature, std::string_view key) {
  return "(ed25519-verify " + message + " " + S(signature) + " " + S(key) + ")";
}

TEST(Clarity6Test, GetBitcoinTxOutputReadsSegwitOutputsAndTheWitnessFreeTxid) {
  EXPECT_EQ(EvalText(TxOutput(kSegwitTx, "u0")),
            "(ok (tuple (amount u12345) (script 0x0014000102030405060708090a0b0c0d0e0f10111213) (txid " +
                S(kSegwitTxid) + ")))");
  EXPECT_EQ(EvalText(TxOutput(kSegwitTx, "u1")),
            "(ok (tuple (amount u0) (script 0x6a0473747821) (txid " + S(kSegwitTxid) + ")))");
}

TEST(Clarity6Test, GetBitcoinTxOutputErrorCodes) {
  EXPECT_EQ(EvalText(TxOutput(kSegwitTx, "u2")), "(err u2)");
  EXPECT_EQ(EvalText(TxOutput(kSegwitTx, "u18446744073709551616")), "(err u2)");  // past u64
  EXPECT_EQ(EvalText(TxOutput(kSegwitTx, "u340282366920938463463374607431768211455")), "(err u2)");
  EXPECT_EQ(EvalText(TxOutput("0x", "u0")), "(err u1)");
  EXPECT_EQ(EvalText(TxOutput("0x00", "u0")), "(err u1)");
  EXPECT_EQ(EvalText(TxOutput(S(kSegwitTx) + "00", "u0")), "(err u1)");                        // trailing byte
  EXPECT_EQ(EvalText(TxOutput(kSegwitTx.substr(0, kSegwitTx.size() - 2), "u0")), "(err u1)");  // truncated
  // An empty transaction (no inputs, segwit flag 0) decodes, with no outputs.
  EXPECT_EQ(EvalText(TxOutput("0x02000000000000000000", "u0")), "(err u2)");
  // A script over 1,024 bytes is (err u3); exactly 1,024 is returned.
  EXPECT_EQ(EvalText(TxOutput(kBigScriptTx, "u0")), "(err u3)");
  EXPECT_EQ(EvalText("(get txid (unwrap-panic " + TxOutput(kBigScriptTx, "u1") + "))"), S(kBigScriptTxid));
  EXPECT_EQ(EvalText("(len (get script (unwrap-panic " + TxOutput(kBigScriptTx, "u1") + ")))"), "u1024");
}

TEST(Clarity6Test, GetBitcoinTxOutputRefusesWhatTheTypeCheckerWould) {
  EXPECT_EQ(EvalText(TxOutput("u1", "u0")), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText(TxOutput("0x00", "1")), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(get-bitcoin-tx-output? 0x00)"), "analysis:Unchecked:IncorrectArgumentCount");
}

TEST(Clarity6Test, VerifyMerkleProofAcceptsCanonicalProofs) {
  EXPECT_EQ(EvalText(Merkle(kLeafA, kLeafA, "u0", "u1", "")), "true");
  EXPECT_EQ(EvalText(Merkle(kLeafA, kRootAB, "u0", "u2", S(kLeafB))), "true");
  EXPECT_EQ(EvalText(Merkle(kLeafB, kRootAB, "u1", "u2", S(kLeafA))), "true");
}

TEST(Clarity6Test, VerifyMerkleProofRejectsProofsThatDoNotFitTheTree) {
  EXPECT_EQ(EvalText(Merkle(kLeafA, kRootAB, "u1", "u2", S(kLeafB))), "false");  // wrong side
  EXPECT_EQ(EvalText(Merkle(kLeafA, kRootAB, "u0", "u5", S(kLeafB))), "false");  // depth 3 expected
  EXPECT_EQ(EvalText(Merkle(kLeafA, kRootAB, "u2", "u2", S(kLeafB))), "false");  // index past the count
  EXPECT_EQ(EvalText(Merkle(kLeafA, kLeafA, "u0", "u0", "")), "false");          // no transactions
  EXPECT_EQ(EvalText(Merkle(kLeafA, kRootAB, "u0", "u2", "0x00")), "false");     // a short sibling
  EXPECT_EQ(EvalText(Merkle(kLeafA, kLeafA, "u0", "u340282366920938463463374607431768211455", "")), "false");
  // A sibling equal to the running hash outside a padding slot.
  EXPECT_EQ(EvalText(Merkle(kLeafA, kRootAB, "u0", "u2", S(kLeafA))), "false");
}

TEST(Clarity6Test, VerifyMerkleProofTypeErrors) {
  EXPECT_EQ(EvalText(Merkle("0x00", kLeafA, "u0", "u1", "")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(EvalText(Merkle(kLeafA, "0x00", "u0", "u1", "")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(EvalText(Merkle(S(kLeafA) + "00", kLeafA, "u0", "u1", "")), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText(Merkle(kLeafA, kLeafA, "0", "u1", "")), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText(Merkle(kLeafA, kLeafA, "u0", "true", "")), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(verify-merkle-proof " + S(kLeafA) + " " + S(kLeafA) + " u0 u1 u7)"),
            "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(verify-merkle-proof " + S(kLeafA) + " " + S(kLeafA) + " u0 u1)"),
            "analysis:Unchecked:IncorrectArgumentCount");
}

TEST(Clarity6Test, Ed25519Verify) {
  EXPECT_EQ(EvalText(EdVerify("0x72", kEdSignature, kEdKey)), "true");
  EXPECT_EQ(EvalText(EdVerify("0x73", kEdSignature, kEdKey)), "false");
  EXPECT_EQ(EvalText(EdVerify("0x72", kEdSignature, Zeros(32))), "false");
  // The identity key with (R = identity, s = 0): the reference's verify_strict refuses small-order points.
  const std::string identity = "0x01" + std::string(62, '0');
  EXPECT_EQ(EvalText(EdVerify("0x", identity + std::string(64, '0'), identity)), "false");
}

TEST(Clarity6Test, Ed25519VerifyTypeErrors) {
  EXPECT_EQ(EvalText(EdVerify("0x72", "0x00", kEdKey)), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(EvalText(EdVerify("0x72", kEdSignature, "0x00")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(EvalText(EdVerify("0x72", S(kEdSignature) + "00", kEdKey)), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText(EdVerify("\"r\"", kEdSignature, kEdKey)), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(ed25519-verify 0x72 " + S(kEdSignature) + ")"), "analysis:Unchecked:IncorrectArgumentCount");
}

TEST(Clarity6Test, Secp256k1Decompress) {
  EXPECT_EQ(EvalText("(secp256k1-decompress? " + S(kCompressed) + ")"), "(ok " + S(kUncompressed) + ")");
  // Not a point: a bad prefix, an x with no y, an x of p or more.
  EXPECT_EQ(EvalText("(secp256k1-decompress? 0x05" + std::string(64, '0') + ")"), "(err u1)");
  EXPECT_EQ(EvalText("(secp256k1-decompress? 0x04" + S(kCompressed).substr(4) + ")"), "(err u1)");
  EXPECT_EQ(EvalText("(secp256k1-decompress? 0x02" + std::string(64, 'f') + ")"), "(err u1)");
  EXPECT_EQ(EvalText("(secp256k1-decompress? 0x02)"), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(EvalText("(secp256k1-decompress? " + S(kUncompressed) + ")"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(secp256k1-decompress?)"), "analysis:Unchecked:IncorrectArgumentCount");
}

TEST(Clarity6Test, TheNativesAreClarity6Only) {
  for (const std::string& source :
       {TxOutput("0x", "u0"), Merkle(kLeafA, kLeafA, "u0", "u1", ""), EdVerify("0x", kEdSignature, kEdKey),
        std::string("(secp256k1-decompress? 0x02)")}) {
    EXPECT_EQ(EvalText(source, Opts(ClarityVersion::kClarity5)), "analysis:Unchecked:UndefinedFunction") << source;
  }
}

TEST(Clarity6Test, VariadicConcat) {
  EXPECT_EQ(EvalText("(concat \"a\" \"b\" \"c\")"), "\"abc\"");
  EXPECT_EQ(EvalText("(concat 0x01 0x02 0x03 0x04)"), "0x01020304");
  EXPECT_EQ(EvalText("(concat u\"a\" u\"b\" u\"c\")"), "u\"abc\"");
  EXPECT_EQ(EvalText("(concat (list 1) (list 2 3) (list))"), "(1 2 3)");
  EXPECT_EQ(EvalText("(concat (list (some 1)) (list none) (list (some 2)))"), "((some 1) none (some 2))");
  EXPECT_EQ(EvalText("(len (concat (list) (list) (list)))"), "u0");
  EXPECT_EQ(EvalText("(concat \"a\")"), "analysis:Unchecked:RequiresAtLeastArguments");
  EXPECT_EQ(EvalText("(concat \"a\" 0x01 \"b\")"), "analysis:Unchecked:TypeError");
  EXPECT_EQ(EvalText("(concat \"a\" \"b\" u1)"), "analysis:Unchecked:Unreachable");
  // Before Epoch 4.0 concat takes exactly two.
  EXPECT_EQ(EvalText("(concat \"a\" \"b\" \"c\")", Opts(ClarityVersion::kClarity5, costs::Epoch::k34)),
            "analysis:Unchecked:IncorrectArgumentCount");
}

TEST(Clarity6Test, CostsAreTheReferenceVms) {
  EXPECT_EQ(RuntimeOf("(secp256k1-decompress? " + S(kCompressed) + ")"), 1051u);
  EXPECT_EQ(RuntimeOf(TxOutput("0x00", "u0")), 307u);
  EXPECT_EQ(RuntimeOf(TxOutput(kBigScriptTx, "u0")), 557u);  // 2,122 bytes: 2 steps of 1,024
  EXPECT_EQ(RuntimeOf(EdVerify("0x72", kEdSignature, kEdKey)), 7896u);
  EXPECT_EQ(RuntimeOf(EdVerify(Zeros(1023), Zeros(64), Zeros(32))), 7896u);
  EXPECT_EQ(RuntimeOf(EdVerify(Zeros(1024), Zeros(64), Zeros(32))), 8021u);
  EXPECT_EQ(RuntimeOf(Merkle(kLeafA, kLeafA, "u0", "u1", "")), 698u);
  EXPECT_EQ(RuntimeOf(Merkle(Zeros(32), Zeros(32), "u0", "u1", Zeros(32))), 1327u);
  EXPECT_EQ(RuntimeOf(Merkle(Zeros(32), Zeros(32), "u0", "u1",
                             Zeros(32) + " " + Zeros(32) + " " + Zeros(32) + " " + Zeros(32))),
            3214u);
  EXPECT_EQ(RuntimeOf("(concat \"a\" \"b\" \"c\")"), 347u);
  EXPECT_EQ(RuntimeOf("(concat 0x01 0x02 0x03 0x04)"), 384u);
  EXPECT_EQ(RuntimeOf("(concat (list 1) (list 2 3) (list))"), 1559u);
}

}  // namespace
}  // namespace stacks::clarity::vm
