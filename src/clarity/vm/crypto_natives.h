// The crypto natives beside the hashes and secp256k1-recover?/verify (stacks-core clarity/src/vm/functions/crypto.rs):
// principal-of? (Clarity 1) and secp256r1-verify (Clarity 4). Internal to stacks_clarity_vm.
//
// Each charges its cost function at 0 before it evaluates anything, then evaluates its arguments left to right,
// checking each as it comes, as the reference does:
//
//   principal-of? key               cost_principal_of. `key` must be a 33-byte buffer. (ok principal) of the
//                                   single-signature address whose hash is HASH160(key), when key is a valid
//                                   compressed secp256k1 point; (err u1) otherwise. Its version is testnet's (26)
//                                   in a Clarity 1 contract whatever the chain (the reference keeps Clarity 1's
//                                   address bug, stacks-core issue 2619), and the chain's from Clarity 2 (22 on
//                                   mainnet, 26 elsewhere).
//   secp256r1-verify msg sig key    cost_secp256r1verify. `msg` a 32-byte buffer, `sig` at most 64 bytes (false
//                                   unless exactly 64: r || s, high S accepted), `key` 33 bytes (false unless a
//                                   valid compressed P-256 point). Clarity 4 verifies `sig` over SHA-256(msg) (the
//                                   reference hashes the hash again); Clarity 5 on over msg itself.
//
// A buffer shorter than the type's length (which the type checker admits: (buff 32) takes a 31-byte buffer) is
// RuntimeCheck(TypeValueError((buff N), value)); another type, or a longer buffer, is what the type checker
// refuses: Unchecked(TypeValueError(..)). A wrong argument count is Unchecked(IncorrectArgumentCount(..)).
#pragma once

#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"
#include "util/result.h"

namespace stacks::clarity::vm {

util::Result<Value> SpecialPrincipalOf(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialSecp256r1Verify(Args args, Environment& env, const LocalContext& context);

}  // namespace stacks::clarity::vm
