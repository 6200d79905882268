;; SIP-010: nobody but the holder may move the holder's tokens (err u101); the balances stay.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @use sip-010-trait sip-010-trait.clar
;; @use token sip-010-token.clar
;; @deploy sip-010-trait
;; @deploy token
;; @call token mint u100 $wallet_1 => (ok true)
;; @call[wallet_2] token transfer u50 $wallet_1 $wallet_2 none => (err u101)
;; @events -
;; @read token get-balance $wallet_1 => (ok u100)
;; @read token get-balance $wallet_2 => (ok u0)
