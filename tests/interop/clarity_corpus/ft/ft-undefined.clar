;; Using a token that was never defined is refused by the type checker.
;; @deploy ft-undefined => !analysis
(define-public (f) (ft-mint? nothing u1 tx-sender))
