;; Arithmetic on a string is refused by the type checker.
;; @deploy type-error-arithmetic => !analysis
(define-read-only (f) (+ 1 "a"))
