;; define-* forms are allowed only at the top level.
;; @deploy define-in-function => !analysis
(define-read-only (f) (begin (define-constant k 1) k))
