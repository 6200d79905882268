;; SIP-010: a holder burns tokens (ft_burn event); the supply falls; burning more than held fails.
;; @epochs 3.0 3.3
;; @use sip-010-trait sip-010-trait.clar
;; @use token sip-010-token.clar
;; @deploy sip-010-trait
;; @deploy token
;; @call token mint u100 $wallet_1 => (ok true)
;; @call[wallet_1] token burn u40 => (ok true)
;; @events ft_burn
;; @call[wallet_1] token burn u61 => (err u1)
;; @read token get-total-supply => (ok u60)
