;; The expression of at-block must be read-only: a write inside it is refused.
;; @deploy at-block-write => !analysis
(define-data-var x uint u0)
(define-public (f (b (buff 32))) (ok (at-block b (var-set x u1))))
