;; A read-only function may not mint tokens.
;; @deploy read-only-mint => !analysis
(define-fungible-token t)
(define-read-only (f) (ft-mint? t u1 tx-sender))
