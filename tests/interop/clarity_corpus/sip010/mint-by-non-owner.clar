;; SIP-010: only the deployer may mint (err u100 for anyone else).
;; @epochs 3.0 3.3
;; @use sip-010-trait sip-010-trait.clar
;; @use token sip-010-token.clar
;; @deploy sip-010-trait
;; @deploy token
;; @call[wallet_1] token mint u100 $wallet_1 => (err u100)
;; @read token get-total-supply => (ok u0)
