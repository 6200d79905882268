// The token contract the asset and STX tests share: assets_test.cpp checks the reference's costs on it, and
// stx_test.cpp checks the STX natives' costs on the same contract, since the load cost the numbers include depends
// on it.
#pragma once

#include <string_view>

namespace stacks::clarity::vm {

inline constexpr std::string_view kTokens = R"(
(define-fungible-token tok u1000)
(define-fungible-token free)
(define-non-fungible-token nft uint)
(define-non-fungible-token tnft {a: uint, b: (string-ascii 10)})
(define-public (mint (a uint) (to principal)) (ft-mint? tok a to))
(define-public (mintf (a uint) (to principal)) (ft-mint? free a to))
(define-public (xfer (a uint) (from principal) (to principal)) (ft-transfer? tok a from to))
(define-public (burn (a uint) (from principal)) (ft-burn? tok a from))
(define-read-only (bal (p principal)) (ft-get-balance tok p))
(define-read-only (supply) (ft-get-supply tok))
(define-public (nmint (id uint) (to principal)) (nft-mint? nft id to))
(define-public (tmint (b (string-ascii 10)) (to principal)) (nft-mint? tnft {a: u1, b: b} to))
(define-public (nxfer (id uint) (from principal) (to principal)) (nft-transfer? nft id from to))
(define-public (nburn (id uint) (from principal)) (nft-burn? nft id from))
(define-read-only (owner (id uint)) (nft-get-owner? nft id))
(define-read-only (towner (b (string-ascii 10))) (nft-get-owner? tnft {a: u1, b: b}))
(define-public (stx (a uint) (to principal)) (stx-transfer? a tx-sender to))
(define-public (stxm (a uint) (to principal) (m (buff 34))) (stx-transfer-memo? a tx-sender to m))
(define-public (sburn (a uint)) (stx-burn? a tx-sender))
(define-read-only (sbal (p principal)) (stx-get-balance p))
(define-read-only (liq) stx-liquid-supply)
)";

}  // namespace stacks::clarity::vm
