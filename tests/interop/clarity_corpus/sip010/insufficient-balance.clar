;; SIP-010: transferring more than one holds fails with the native's (err u1); transferring zero with (err u3).
;; @epochs 3.0 3.3
;; @use sip-010-trait sip-010-trait.clar
;; @use token sip-010-token.clar
;; @deploy sip-010-trait
;; @deploy token
;; @call token mint u5 $wallet_1 => (ok true)
;; @call[wallet_1] token transfer u6 $wallet_1 $wallet_2 none => (err u1)
;; @call[wallet_1] token transfer u0 $wallet_1 $wallet_2 none => (err u3)
;; @call[wallet_1] token transfer u5 $wallet_1 $wallet_1 none => (err u2)
;; @read token get-balance $wallet_1 => (ok u5)
