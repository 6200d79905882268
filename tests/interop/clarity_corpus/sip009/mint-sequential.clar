;; SIP-009: the owner mints sequential ids (nft_mint events); the last id and owners follow.
;; @epochs 2.1 3.0 3.3
;; @use sip-009-trait sip-009-trait.clar
;; @use nft sip-009-nft.clar
;; @deploy sip-009-trait
;; @deploy nft
;; @call nft mint $wallet_1 => (ok u1)
;; @events nft_mint
;; @call nft mint $wallet_2 => (ok u2)
;; @read nft get-last-token-id => (ok u2)
;; @read nft get-owner u1 => (ok (some ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))
;; @read nft get-owner u2 => (ok (some ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG))
;; @read nft get-owner u3 => (ok none)
