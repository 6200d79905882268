// The hash160 that a Stacks address commits to, computed from public keys (StacksAddress::from_public_keys and
// public_keys_to_address_hash in stacks-common/src/types/mod.rs and src/address/mod.rs). Transaction verification
// recomputes it from the recovered keys and compares it with the spending condition's signer.
//
// The four modes and their constructions (keys serialized compressed or uncompressed as each key says):
//   P2PKH   hash160(key)
//   P2SH    hash160(redeem script)                          redeem script = OP_m <key>... OP_n OP_CHECKMULTISIG
//   P2WPKH  hash160(0x00 0x14 hash160(key))                 p2sh-p2wpkh
//   P2WSH   hash160(0x00 0x20 sha256(redeem script))        p2sh-p2wsh
// m and n are pushed as Bitcoin script integers: 0 as OP_0, 1..16 as OP_1..OP_16, larger as minimal little-endian
// data pushes; keys as direct pushes (33 or 65 bytes).
//
// Pure and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "crypto/hash.h"
#include "crypto/secp256k1.h"
#include "util/result.h"

namespace stacks::chain {

/// The hash modes of an address (AddressHashMode); also the low values of the spending-condition hash modes.
enum class AddressHashMode : uint8_t {
  kP2pkh = 0x00,
  kP2sh = 0x01,
  kP2wpkh = 0x02,
  kP2wsh = 0x03,
};

/// The address hash of `public_keys` under `mode` with `signatures_required` (m).
/// In: public_keys, in the order the script lists them; borrowed for the call.
/// Errors (kConsensusViolation, as from_public_keys returns None): fewer keys than signatures_required; for P2PKH
/// and P2WPKH anything but exactly one key and signatures_required 1; for P2WPKH and P2WSH an uncompressed key.
util::Result<crypto::Hash160> AddressHashFromPublicKeys(AddressHashMode mode, size_t signatures_required,
                                                        std::span<const crypto::PublicKey> public_keys);

}  // namespace stacks::chain
