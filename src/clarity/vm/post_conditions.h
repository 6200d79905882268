// Clarity 4's asset guards (stacks-core clarity/src/vm/functions/post_conditions.rs): restrict-assets? and
// as-contract? with their allowances. Internal to stacks_clarity_vm.
//
//   (restrict-assets? owner (allowance...) body...)   owner: a principal, evaluated first
//   (as-contract? (allowance...) body...)              owner: the running contract, which also becomes tx-sender
//                                                      and contract-caller for the body (not for the allowances)
// An allowance is one of
//   (with-stx amount)                      STX the owner may transfer, and separately burn, in the body
//   (with-ft contract "token" amount)      of a fungible token (token "*": every token of that contract)
//   (with-nft contract "token" (list id...))  the assets of a non-fungible token the owner may send or burn
//   (with-stacking amount)                 Clarity 4-5; (with-staking amount) from Clarity 6: STX the owner may
//                                          lock for stacking (this VM records no stacking: PoX is not built)
//   (with-pox)                             Clarity 6: a position-altering PoX action (never recorded here either)
//   (with-all-assets-unsafe)               anything (as-contract? only, and alone)
//
// Order, as the reference: restrict-assets? evaluates the owner, charges cost_restrict_assets(allowance count);
// as-contract? charges cost_as_contract_safe(allowance count). Then each allowance is evaluated in order, then the
// body runs in a level of its own (GlobalContext::Begin), each expression's value kept, the last one the result.
// Whether or not the body failed, the level's asset map is then checked (CheckAllowances): on a violation the
// level is rolled back (writes and events dropped) and the answer is (err u<index>) — the index of the earliest
// allowance exceeded, or u128 (MAX_ALLOWANCES) for an asset moved that no allowance covers — even when the body
// had failed; otherwise the level is committed and the answer is (ok last) or the body's error.
//
// Errors: what the type checker refuses is Unchecked(..): the argument counts, an allowance list that is not a
// list, more than 128 allowances (TooManyAllowances), an allowance that is not one of the above in the contract's
// version (ExpectedAllowanceExpr), with-all-assets-unsafe in restrict-assets? (WithAllAllowanceNotAllowed) or beside
// others (WithAllAllowanceNotAlone), a body expression whose value is a response (UncheckedIntermediaryResponses),
// a with-nft list longer than 128 (MaxIdentifierLengthExceeded), arguments of the wrong type, and an allowance used
// anywhere else (AllowanceExprNotAllowed). At run time: a standard principal where with-ft or with-nft want a
// contract is RuntimeCheck(ExpectedContractPrincipalValue(..)); a token name that is not a Clarity name is
// Runtime(BadTokenName(..)); before Epoch 3.4, STX transferred and burned that together exceed every with-stx
// allowance while each alone does not is the reference's internal error, Internal(Expect(..)) (from 3.4 it is a
// violation of the first allowance exceeded).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "clarity/costs/cost_table.h"
#include "clarity/vm/asset_map.h"
#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"
#include "util/result.h"

namespace stacks::clarity::vm {

/// The most allowances one guard may list, and the violation index of an asset no allowance covers.
inline constexpr size_t MAX_ALLOWANCES = 128;
/// The longest list of asset identifiers a with-nft may have (its declared length).
inline constexpr uint32_t MAX_NFT_IDENTIFIERS = 128;

/// An evaluated allowance.
struct Allowance {
  enum class Kind : uint8_t { kStx, kFt, kNft, kStacking, kPox, kAll };
  Kind kind = Kind::kAll;
  Uint128 amount = 0;            ///< kStx, kFt, kStacking.
  AssetIdentifier asset;         ///< kFt, kNft; asset_name "*" stands for every token of the contract.
  std::vector<Value> asset_ids;  ///< kNft.
};

/// check_allowances: what `owner` moved in `assets` against `allowances` (in their order) in `epoch`. Returns the
/// index of the earliest allowance violated, MAX_ALLOWANCES when something moved that no allowance covers, or
/// nullopt when every movement is allowed (always, with a kAll allowance). Checked: STX transferred, then burned,
/// each against every with-stx in order (the first one exceeded counts); each fungible token against its exact and
/// "*" allowances (every one exceeded counts); each non-fungible token's assets against the union of its exact
/// allowances' and of its "*" allowances' identifiers (the first allowance of each group counts); then transferred
/// plus burned STX together (see the file comment for epochs before 3.4). Errors: Internal(Expect(..)) as
/// described there, or when the STX sum overflows. Pure.
util::Result<std::optional<Uint128>> CheckAllowances(const codec::Principal& owner,
                                                     const std::vector<Allowance>& allowances, const AssetMap& assets,
                                                     costs::Epoch epoch);

util::Result<Value> SpecialRestrictAssets(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialAsContractSafe(Args args, Environment& env, const LocalContext& context);
/// An allowance outside restrict-assets? and as-contract?: Unchecked(AllowanceExprNotAllowed).
util::Result<Value> SpecialAllowance(Args args, Environment& env, const LocalContext& context);

}  // namespace stacks::clarity::vm
