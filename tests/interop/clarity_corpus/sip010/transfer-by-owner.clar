;; SIP-010: a holder transfers part of their balance (ft_transfer event); both balances move.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @use sip-010-trait sip-010-trait.clar
;; @use token sip-010-token.clar
;; @deploy sip-010-trait
;; @deploy token
;; @call token mint u1000 $wallet_1 => (ok true)
;; @call[wallet_1] token transfer u250 $wallet_1 $wallet_2 none => (ok true)
;; @events ft_transfer
;; @read token get-balance $wallet_1 => (ok u750)
;; @read token get-balance $wallet_2 => (ok u250)
