;; SIP-010: tokens passed along four holders in turn, each transfer by the current holder.
;; @epochs 3.0
;; @use sip-010-trait sip-010-trait.clar
;; @use token sip-010-token.clar
;; @deploy sip-010-trait
;; @deploy token
;; @call token mint u1000 $deployer => (ok true)
;; @call token transfer u800 $deployer $wallet_1 none => (ok true)
;; @call[wallet_1] token transfer u600 $wallet_1 $wallet_2 none => (ok true)
;; @call[wallet_2] token transfer u400 $wallet_2 $wallet_3 none => (ok true)
;; @call[wallet_3] token transfer u200 $wallet_3 $wallet_4 none => (ok true)
;; @read token get-balance $deployer => (ok u200)
;; @read token get-balance $wallet_1 => (ok u200)
;; @read token get-balance $wallet_2 => (ok u200)
;; @read token get-balance $wallet_3 => (ok u200)
;; @read token get-balance $wallet_4 => (ok u200)
