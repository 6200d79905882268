;; SIP-009: the owner transfers a token (nft_transfer event); get-owner follows.
;; @epochs 2.1 3.0 3.3
;; @use sip-009-trait sip-009-trait.clar
;; @use nft sip-009-nft.clar
;; @deploy sip-009-trait
;; @deploy nft
;; @call nft mint $wallet_1 => (ok u1)
;; @call[wallet_1] nft transfer u1 $wallet_1 $wallet_2 => (ok true)
;; @events nft_transfer
;; @read nft get-owner u1 => (ok (some ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG))
