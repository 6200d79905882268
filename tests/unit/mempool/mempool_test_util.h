// Helpers for the mempool tests: testnet keys named by a one-byte seed, their addresses, and signed transactions.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>

#include "chain/auth.h"
#include "chain/signer.h"
#include "chain/transaction.h"
#include "chainstate/accounts.h"
#include "codec/stacks_address.h"
#include "crypto/secp256k1.h"
#include "test_util.h"

namespace stacks::testing {

/// The compressed private key whose 32-byte secret is n (big-endian). REQUIRES: n > 0.
inline crypto::PrivateKey Key(uint8_t n) {
  std::string hex(62, '0');
  static constexpr char DIGITS[] = "0123456789abcdef";
  hex += DIGITS[n >> 4];
  hex += DIGITS[n & 0xf];
  hex += "01";
  return crypto::PrivateKey::FromHex(hex).value();
}

/// The testnet single-sig address of Key(n).
inline codec::StacksAddress KeyAddress(uint8_t n) {
  return chain::AddressOf(chain::NewP2pkhCondition(Key(n).GetPublicKey()), /*mainnet=*/false);
}

inline std::string KeyAddressText(uint8_t n) { return KeyAddress(n).ToString(); }

/// An unsigned testnet transaction from Key(origin) with `nonce` and `fee_ustx`, paying `payload`.
inline chain::MutableTransaction Unsigned(uint8_t origin, uint64_t nonce, uint64_t fee_ustx, chain::Payload payload) {
  chain::MutableTransaction tx;
  tx.version = chain::TransactionVersion::kTestnet;
  tx.chain_id = chain::CHAIN_ID_TESTNET;
  tx.auth.origin = chain::NewP2pkhCondition(Key(origin).GetPublicKey());
  chain::SetNonce(tx.auth.origin, nonce);
  chain::SetFee(tx.auth.origin, fee_ustx);
  tx.payload = std::move(payload);
  return tx;
}

/// `tx` signed by Key(origin).
inline chain::Transaction SignedBy(chain::MutableTransaction tx, uint8_t origin) {
  auto signer = chain::TransactionSigner::ForOrigin(std::move(tx));
  EXPECT_TRUE(signer) << ErrorOf(signer).ToString();
  EXPECT_TRUE(signer->SignOrigin(Key(origin)));
  auto signed_tx = signer->Finish();
  EXPECT_TRUE(signed_tx) << ErrorOf(signed_tx).ToString();
  return std::move(signed_tx).value();
}

/// A signed STX transfer from Key(origin) to `recipient`.
inline chain::Transaction SignedTransfer(uint8_t origin, uint64_t nonce, uint64_t fee_ustx, codec::Principal recipient,
                                         uint64_t amount_ustx) {
  return SignedBy(Unsigned(origin, nonce, fee_ustx, chain::TokenTransferPayload{std::move(recipient), amount_ustx, {}}),
                  origin);
}

/// A transfer from Key(origin) (origin nonce `nonce`) sponsored by Key(sponsor) (nonce `sponsor_nonce`, paying
/// `fee_ustx`).
inline chain::Transaction SponsoredTransfer(uint8_t origin, uint64_t nonce, uint8_t sponsor, uint64_t sponsor_nonce,
                                            uint64_t fee_ustx, codec::Principal recipient, uint64_t amount_ustx) {
  chain::MutableTransaction tx =
      Unsigned(origin, nonce, 0, chain::TokenTransferPayload{std::move(recipient), amount_ustx, {}});
  tx.auth.sponsor = chain::SentinelSponsorCondition();
  auto origin_signer = chain::TransactionSigner::ForOrigin(std::move(tx));
  EXPECT_TRUE(origin_signer) << ErrorOf(origin_signer).ToString();
  EXPECT_TRUE(origin_signer->SignOrigin(Key(origin)));
  // Signed by its origin only: the sponsor signs next.
  const chain::Transaction origin_signed = chain::Transaction::Create(origin_signer->transaction()).value();
  chain::SpendingCondition sponsor_condition = chain::NewP2pkhCondition(Key(sponsor).GetPublicKey());
  chain::SetNonce(sponsor_condition, sponsor_nonce);
  chain::SetFee(sponsor_condition, fee_ustx);
  auto signer = chain::TransactionSigner::ForSponsor(origin_signed, sponsor_condition);
  EXPECT_TRUE(signer) << ErrorOf(signer).ToString();
  EXPECT_TRUE(signer->SignSponsor(Key(sponsor)));
  auto signed_tx = signer->Finish();
  EXPECT_TRUE(signed_tx) << ErrorOf(signed_tx).ToString();
  return std::move(signed_tx).value();
}

}  // namespace stacks::testing
