// Size limits of SIP-005 transactions, as stacks-core enforces them (stacks-codec/src/transaction.rs,
// stacks-common/src/codec/mod.rs). They are consensus rules: a transaction over any of them does not decode.
#pragma once

#include <cstddef>
#include <cstdint>

namespace stacks::chain {

/// Largest serialized transaction: 2 MiB (MAX_TRANSACTION_LEN, equal to MAX_BLOCK_LEN). The decoder reads through a
/// 2 MiB window, so a transaction whose encoding runs past it is truncated and rejected.
inline constexpr size_t MAX_TRANSACTION_LEN = 2 * 1024 * 1024;

/// Largest serialized Epoch 2.x block, and the bound from which MAX_PROBLEMATIC_TX_MARKERS is derived (MAX_BLOCK_LEN).
/// Nakamoto blocks decode through the larger MAX_MESSAGE_LEN window, as the reference's decoder does.
inline constexpr size_t MAX_BLOCK_LEN = 2 * 1024 * 1024;

/// Smallest serialized transaction the reference expects (MIN_TRANSACTION_LEN); informational, the decoder does not
/// enforce it (neither does the reference's).
inline constexpr size_t MIN_TRANSACTION_LEN = 180;

/// The p2p message bound (MAX_MESSAGE_LEN = 1 + 16 MiB payload, a 165-byte preamble, 16 relayers of 42 bytes).
inline constexpr size_t MAX_MESSAGE_LEN = 1 + 16 * 1024 * 1024 + 165 + 16 * 42;

// The reference's vector reader refuses a u32 item count n when n * size_of::<T>() > MAX_MESSAGE_LEN, where
// size_of::<T>() is the in-memory size of the Rust item type on a 64-bit build. Those sizes (Value 64 bytes,
// TransactionPostCondition 192, TransactionAuthField 66, with rustc 1.95 on x86-64) turn into these item limits.
// Only the first two can bind a transaction that fits in MAX_TRANSACTION_LEN.

/// Most contract-call arguments: floor(MAX_MESSAGE_LEN / 64).
inline constexpr uint32_t MAX_CONTRACT_CALL_ARGS = MAX_MESSAGE_LEN / 64;
/// Most post-conditions: floor(MAX_MESSAGE_LEN / 192).
inline constexpr uint32_t MAX_POST_CONDITIONS = MAX_MESSAGE_LEN / 192;
/// Most auth fields in a multi-sig spending condition: floor(MAX_MESSAGE_LEN / 66).
inline constexpr uint32_t MAX_AUTH_FIELDS = MAX_MESSAGE_LEN / 66;

/// Most transactions in a Nakamoto block: floor(MAX_MESSAGE_LEN / 552), 552 being size_of::<StacksTransaction>() on
/// the same build. That size comes from a copy of the reference's type definitions (stacks-codec transaction.rs,
/// clarity-types principals and names, curve25519-dalek 4's EdwardsPoint inside the VRF proof) compiled with rustc
/// 1.95 on x86-64, which also gives TransactionAuthField the 66 bytes above. A block can hold more transactions than
/// this in MAX_MESSAGE_LEN bytes (the smallest transaction is 88 bytes), so this limit binds.
inline constexpr uint32_t MAX_BLOCK_TRANSACTIONS = MAX_MESSAGE_LEN / 552;

static_assert(MAX_MESSAGE_LEN == 16'778'054);
static_assert(MAX_BLOCK_TRANSACTIONS == 30'395);
static_assert(MAX_CONTRACT_CALL_ARGS == 262'157 && MAX_POST_CONDITIONS == 87'385 && MAX_AUTH_FIELDS == 254'212);

}  // namespace stacks::chain
