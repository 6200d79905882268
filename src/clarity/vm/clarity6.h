// Clarity 6's natives (Epoch 4.0): stacks-core clarity/src/vm/functions/bitcoin.rs (verify-merkle-proof,
// get-bitcoin-tx-output?), crypto.rs (ed25519-verify, secp256k1-decompress?) and sequences.rs (special_concat_v400,
// the variadic concat). Internal to stacks_clarity_vm.
//
// The first four take evaluated arguments (natives.h NativeFn): the caller evaluated them left to right and charged
// the cost function at the reference's input before any of these runs:
//
//   verify-merkle-proof leaf root index count siblings    cost_verify_merkle_proof at the number of siblings.
//       true iff `siblings` walk `leaf` up to `root` in the canonical Bitcoin merkle tree of `count` transactions
//       (double SHA-256 of left || right, hashes in internal byte order, an odd row's last node paired with
//       itself). false for count 0, index >= count, a number of siblings other than ceil(log2(count)), a sibling
//       that is not 32 bytes, a sibling in an odd row's padding slot that is not the running hash itself, or a
//       sibling elsewhere equal to the running hash (the CVE-2012-2459 shapes the reference refuses).
//   get-bitcoin-tx-output? tx vout                         cost_get_bitcoin_tx_output at tx's length in bytes.
//       (ok {amount, script, txid}) for output `vout` of the Bitcoin transaction `tx` (legacy or segwit form,
//       every byte consumed), txid the double SHA-256 of its witness-free form in internal byte order;
//       (err u1) if tx does not decode, (err u2) if vout is past the last output, (err u3) if that output's script
//       is longer than 1,024 bytes.
//   ed25519-verify message signature key                  cost_ed25519verify at message's length in bytes.
//       Whether signature (64 bytes) is a valid strict Ed25519 signature of message by key (32 bytes)
//       (crypto/ed25519.h).
//   secp256k1-decompress? key                              cost_secp256k1decompress at 1 (the argument count).
//       (ok the 65-byte uncompressed form) of a 33-byte compressed secp256k1 key; (err u1) if it is not a point.
//
// Errors of those four: a buffer shorter than the type the type checker holds it to (it admits a 31-byte buffer as
// a (buff 32)) is RuntimeCheck(TypeValueError((buff N), value)); another type, or a longer buffer, is what the type
// checker refuses: Unchecked(TypeValueError(..)); a wrong argument count Unchecked(IncorrectArgumentCount(..)).
//
// SpecialConcatV400 is `concat` from Epoch 4.0, for contracts of every Clarity version (the type checker keeps more
// than two arguments to Clarity 6): it evaluates every argument, then charges cost_concat once at the sum of their
// lengths, and joins them; a list's entry type is the least supertype of the lists' (a list without one takes the
// others'), its maximum length the sum of theirs. Errors: fewer than two arguments
// Unchecked(RequiresAtLeastArguments(2, n)); an argument that is no sequence Unchecked(..) after charging
// cost_concat at 1; sequences of different kinds Unchecked(TypeError(..)); list entry types with no common
// supertype Unchecked(ListTypesMustMatch).
#pragma once

#include <span>

#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"
#include "util/result.h"

namespace stacks::clarity::vm {

util::Result<Value> NativeVerifyMerkleProof(std::span<Value> args, Environment& env);
util::Result<Value> NativeGetBitcoinTxOutput(std::span<Value> args, Environment& env);
util::Result<Value> NativeEd25519Verify(std::span<Value> args, Environment& env);
util::Result<Value> NativeSecp256k1Decompress(std::span<Value> args, Environment& env);

util::Result<Value> SpecialConcatV400(Args args, Environment& env, const LocalContext& context);

}  // namespace stacks::clarity::vm
