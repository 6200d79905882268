;; SIP-010: the owner mints to a holder; balance and total supply follow, with an ft_mint event.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @use sip-010-trait sip-010-trait.clar
;; @use token sip-010-token.clar
;; @deploy sip-010-trait
;; @deploy token
;; @call token mint u1000 $wallet_1 => (ok true)
;; @events ft_mint
;; @read token get-balance $wallet_1 => (ok u1000)
;; @read token get-balance $wallet_2 => (ok u0)
;; @read token get-total-supply => (ok u1000)
