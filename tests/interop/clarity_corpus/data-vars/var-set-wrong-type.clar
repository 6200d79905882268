;; var-set of a value of another type is refused by the type checker.
;; @deploy var-set-wrong-type => !analysis
(define-data-var n uint u0)
(define-public (f) (ok (var-set n 1)))
