// Bitcoin transactions: the model, their consensus serialization in both forms, and their ids.
//
// Wire layout (integers little-endian; CompactSize is Bitcoin's variable-length count, see below):
//   legacy form (no input has a witness):
//     version u32 | input_count CompactSize | inputs | output_count CompactSize | outputs | lock_time u32
//   segwit form (BIP 144; some input has a witness):
//     version u32 | marker 0x00 | flag 0x01 | input_count | inputs | output_count | outputs
//     | witnesses (one per input, in input order) | lock_time u32
//   input:   prev_txid [32] (the reverse of its display order) | prev_vout u32
//            | script_sig_length CompactSize | script_sig | sequence u32
//   output:  value u64 (satoshis) | script_pubkey_length CompactSize | script_pubkey
//   witness: item_count CompactSize | (item_length CompactSize | item) * item_count
//   CompactSize: one byte below 0xfd; else 0xfd + u16, 0xfe + u32 or 0xff + u64, always in the shortest form.
//
// Decoding follows the rust-bitcoin code that stacks-core vendors (stacks-common/src/deps_common/bitcoin/blockdata/
// transaction.rs): a zero input count is read as the segwit marker, after which a flag byte of 0 means an empty
// transaction (no inputs, no outputs) and 1 the segwit form; a segwit form whose inputs all lack witnesses is refused
// unless it has no inputs; CompactSizes must be minimal; and every byte must be consumed.
//
// Txid order: a Txid holds the 32 bytes in the order Bitcoin displays them (block explorers, bitcoind RPC), which is
// the order stacks-core stores burnchain txids in. It is the reverse of the double-SHA256 digest and of the bytes in
// an input's prev_txid field on the wire. util::ToHex of a Txid therefore prints the familiar txid.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "crypto/hash.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burnchain {

/// A Bitcoin txid in display order (see the file comment).
using Txid = crypto::Hash256;

/// The largest serialized transaction DeserializeBitcoinTx accepts: a transaction cannot outweigh a block
/// (MAX_BLOCK_WEIGHT 4,000,000 weight units, and each byte weighs at least one unit).
inline constexpr size_t MAX_BITCOIN_TX_SIZE = 4'000'000;

/// The sequence number that disables lock time and replace-by-fee for an input.
inline constexpr uint32_t SEQUENCE_FINAL = 0xffffffff;

/// The output an input spends.
struct OutPoint {
  Txid txid{};  ///< Display order.
  uint32_t vout = 0;
  bool operator==(const OutPoint&) const = default;
};

struct TxIn {
  OutPoint prevout;
  util::Bytes script_sig;
  uint32_t sequence = SEQUENCE_FINAL;
  std::vector<util::Bytes> witness;  ///< Stack items; empty for a non-witness input.
  bool operator==(const TxIn&) const = default;
};

struct TxOut {
  uint64_t value_sats = 0;
  util::Bytes script_pubkey;
  bool operator==(const TxOut&) const = default;
};

/// A Bitcoin transaction. Any field values are representable; nothing here checks Bitcoin's validity rules.
struct BitcoinTx {
  uint32_t version = 1;
  std::vector<TxIn> inputs;
  std::vector<TxOut> outputs;
  uint32_t lock_time = 0;
  bool operator==(const BitcoinTx&) const = default;
};

/// True if some input carries a witness, so that SerializeBitcoinTx writes the segwit form.
bool HasWitness(const BitcoinTx& tx);

/// The consensus bytes: the segwit form if HasWitness(tx), else the legacy form (as Bitcoin Core and stacks-core
/// write them). A transaction with no inputs and some outputs serializes to legacy bytes that do not decode back
/// (its zero input count reads as the segwit marker); Bitcoin has the same ambiguity.
util::Bytes SerializeBitcoinTx(const BitcoinTx& tx);

/// The legacy form whatever the witnesses: the bytes the txid hashes.
util::Bytes SerializeBitcoinTxNoWitness(const BitcoinTx& tx);

/// Decodes one transaction that spans all of `bytes` (untrusted; read during the call only).
/// Errors:
///   - kResourceExhausted if bytes is longer than MAX_BITCOIN_TX_SIZE;
///   - kInvalidArgument for truncated input, a count or length larger than the rest of the input could hold, a
///     non-minimal CompactSize, a segwit flag other than 0 or 1, a segwit form whose inputs all lack witnesses, or
///     trailing bytes.
/// Counts and lengths are checked against the remaining input before anything is allocated.
util::Result<BitcoinTx> DeserializeBitcoinTx(util::ByteView bytes);

/// The txid: double SHA-256 of SerializeBitcoinTxNoWitness(tx), reversed into display order.
Txid BitcoinTxid(const BitcoinTx& tx);

/// The wtxid (BIP 141): double SHA-256 of SerializeBitcoinTx(tx), reversed into display order. Equals the txid when
/// no input has a witness.
Txid BitcoinWtxid(const BitcoinTx& tx);

/// A txid from its 64-character display hex. Errors: kInvalidArgument for bad hex or a wrong length.
util::Result<Txid> TxidFromHex(std::string_view hex);

}  // namespace stacks::burnchain
