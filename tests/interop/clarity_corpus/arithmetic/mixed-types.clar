;; Arithmetic on an int and a uint is refused by the type checker.
;; @epochs 3.0 3.3
;; @deploy mixed-types => !analysis
(define-read-only (bad (a int) (b uint)) (+ a b))
