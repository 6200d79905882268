;; SIP-009: only the deployer mints (err u100); the id counter does not move.
;; @epochs 3.0 3.3
;; @use sip-009-trait sip-009-trait.clar
;; @use nft sip-009-nft.clar
;; @deploy sip-009-trait
;; @deploy nft
;; @call[wallet_1] nft mint $wallet_1 => (err u100)
;; @read nft get-last-token-id => (ok u0)
