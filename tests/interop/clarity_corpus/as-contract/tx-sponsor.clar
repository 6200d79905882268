;; tx-sponsor? (Clarity 2) is none in a transaction without a sponsor.
;; @epochs 2.1 3.0 3.3
;; @deploy tx-sponsor
;; @call tx-sponsor sponsor => (ok none)
(define-public (sponsor) (ok tx-sponsor?))
