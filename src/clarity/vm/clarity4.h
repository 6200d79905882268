// Clarity 4's contract-hash? and to-ascii? (stacks-core clarity/src/vm/functions/database.rs special_contract_hash,
// conversions.rs special_to_ascii). Internal to stacks_clarity_vm.
//
//   contract-hash? contract   (ok (buff 32)): the SHA-512/256 of a deployed contract's source, from its commitment
//                             in the store (clarity-contract::{id}, read as every data read is, so pending levels
//                             and at-block count); (err u1) for a standard principal, (err u2) for a contract not
//                             deployed. The argument is evaluated first; cost_contract_hash(0) is charged only for a
//                             contract principal (its read is in that function's counts). A trait-typed value
//                             (a callable, which the type checker lets through as a principal) is
//                             RuntimeCheck(ExpectedContractPrincipalValue(..)); another type Unchecked(..). A
//                             commitment that is not 64 hex digits of hash and 8 of height is kCorruption.
//   to-ascii? value           the argument, then cost_to_ascii(its size), then (ok text): an int in decimal, a uint
//                             with a `u`, true/false, a principal as its address (`ST...` or `ST....name`), a
//                             buffer as 0x and lower-case hex; a string-utf8 as the same characters when each is
//                             printable ASCII or whitespace (the characters string-ascii allows), else (err u1). A
//                             callable (let through by the type checker) is RuntimeCheck(UnionTypeValueError(..));
//                             another type Unchecked(UnionTypeValueError(..)).
//
// A wrong argument count is Unchecked(IncorrectArgumentCount(1, n)).
#pragma once

#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"
#include "util/result.h"

namespace stacks::clarity::vm {

util::Result<Value> SpecialContractHash(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialToAscii(Args args, Environment& env, const LocalContext& context);

}  // namespace stacks::clarity::vm
