// Helpers for the chainstate tests: testnet principals and unsigned transactions (ApplyBlock leaves signature checks to
// the block validator).
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>

#include "chain/transaction.h"
#include "chainstate/accounts.h"
#include "codec/stacks_address.h"
#include "test_util.h"

namespace stacks::testing {

/// Principals and transactions named by a one-byte seed: Addr(n) is the testnet address whose hash160 is n repeated.
inline constexpr uint8_t TESTNET_SINGLESIG = codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG;
inline constexpr chainstate::Uint128 STX = chainstate::MICROSTACKS_PER_STACKS;
inline constexpr chainstate::Uint128 UINT128_MAX_VALUE = ~static_cast<chainstate::Uint128>(0);

inline crypto::Hash160 SignerHash(uint8_t n) {
  crypto::Hash160 hash{};
  hash.fill(n);
  return hash;
}

inline codec::Principal Addr(uint8_t n) { return codec::StacksAddress{TESTNET_SINGLESIG, SignerHash(n)}; }

inline codec::Principal Contract(uint8_t n, std::string name) {
  return codec::ContractPrincipal{codec::StacksAddress{TESTNET_SINGLESIG, SignerHash(n)}, std::move(name)};
}

inline chain::SpendingCondition Condition(uint8_t signer, uint64_t nonce, uint64_t fee_ustx) {
  chain::SinglesigSpendingCondition condition;
  condition.signer = SignerHash(signer);
  condition.nonce = nonce;
  condition.fee_ustx = fee_ustx;
  return condition;
}

inline chain::MutableTransaction BaseTx(uint8_t origin, uint64_t nonce, uint64_t fee_ustx) {
  chain::MutableTransaction tx;
  tx.version = chain::TransactionVersion::kTestnet;
  tx.chain_id = chain::CHAIN_ID_TESTNET;
  tx.auth.origin = Condition(origin, nonce, fee_ustx);
  return tx;
}

inline chain::Transaction Make(chain::MutableTransaction tx) {
  auto made = chain::Transaction::Create(std::move(tx));
  EXPECT_TRUE(made) << ErrorOf(made).ToString();
  return std::move(made).value();
}

inline chain::Transaction Transfer(uint8_t origin, uint64_t nonce, uint64_t fee_ustx, codec::Principal recipient,
                                   uint64_t amount_ustx) {
  chain::MutableTransaction tx = BaseTx(origin, nonce, fee_ustx);
  tx.payload = chain::TokenTransferPayload{std::move(recipient), amount_ustx, {}};
  return Make(std::move(tx));
}

inline chain::Transaction Coinbase(uint8_t miner, uint64_t nonce, std::optional<codec::Principal> alt_recipient = {}) {
  chain::MutableTransaction tx = BaseTx(miner, nonce, 0);
  tx.anchor_mode = chain::AnchorMode::kOnChainOnly;
  chain::CoinbasePayload coinbase;
  coinbase.buffer.fill(miner);
  coinbase.alt_recipient = std::move(alt_recipient);
  tx.payload = coinbase;
  return Make(std::move(tx));
}

}  // namespace stacks::testing
