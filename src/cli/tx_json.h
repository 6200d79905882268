// The JSON form of a decoded transaction: what `stacks-cli decode_tx HEX` prints. docs/DECODE_TX.md describes every
// key, with an example.
//
// Every field of the transaction appears, with its txid: version and network, chain id, auth (each spending
// condition's hash mode, signer hash160, the c32 address it makes on the transaction's network, nonce, fee, key
// encoding and signature, or multi-sig fields and signatures required), anchor mode, post-condition mode, each
// post-condition, and the payload. Enumerations print as snake_case names, hashes, keys and signatures as lower-case
// hex without a prefix, Clarity values as {"hex", "repr"} (consensus serialization and the reference VM's text form),
// principals as their c32 text ("SP..." or "SP....name").
//
// A u64 prints as a JSON number when it is at most 2^53 - 1 (JavaScript's Number.MAX_SAFE_INTEGER) and as a decimal
// string above, so that JSON readers that hold numbers as doubles read every value exactly.
//
// Each kind of object (a payload type, a post-condition type, a single-sig or multi-sig condition) has a fixed set of
// keys in a fixed order, listed in DECODE_TX.md; optional fields (a standard transaction's sponsor, a Nakamoto
// coinbase's recipient) are null when absent, never left out.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>

#include "chain/transaction.h"
#include "cli/keys.h"

namespace stacks::cli {

/// The JSON form of `tx` (docs/DECODE_TX.md). Cannot fail: every string in it is valid UTF-8 (the memo's text is
/// decoded with U+FFFD for invalid sequences, as a WHATWG TextDecoder does), so it can always be dumped.
Json TransactionToJson(const chain::Transaction& tx);

/// A u64 as TransactionToJson prints it: a number up to 2^53 - 1, else a decimal string.
Json U64ToJson(uint64_t value);

}  // namespace stacks::cli
