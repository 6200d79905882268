;; Definitions may come in any order: a function may use a constant and a function defined after it.
;; @deploy define-order
;; @read define-order f => 43
(define-read-only (f) (+ (g) k))
(define-private (g) 1)
(define-constant k 42)
