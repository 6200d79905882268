;; SIP-009: the owner burns their token (nft_burn event); others cannot.
;; @epochs 3.0 3.3
;; @use sip-009-trait sip-009-trait.clar
;; @use nft sip-009-nft.clar
;; @deploy sip-009-trait
;; @deploy nft
;; @call nft mint $wallet_1 => (ok u1)
;; @call[wallet_2] nft burn u1 => (err u101)
;; @call[wallet_1] nft burn u1 => (ok true)
;; @events nft_burn
;; @read nft get-owner u1 => (ok none)
