;; Comparing an int with a uint is refused by the type checker.
;; @deploy compare-mixed => !analysis
(define-read-only (lt (a int) (b uint)) (< a b))
