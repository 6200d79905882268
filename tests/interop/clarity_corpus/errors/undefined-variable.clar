;; A reference to a name that is not bound anywhere is refused.
;; @deploy undefined-variable => !analysis
(define-read-only (f) (+ x 1))
