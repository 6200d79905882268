;; is-eq of values of different types is refused by the type checker.
;; @deploy is-eq-mixed => !analysis
(define-read-only (f) (is-eq 1 u1))
