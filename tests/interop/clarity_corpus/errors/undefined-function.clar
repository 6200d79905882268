;; A call of a function that does not exist is refused.
;; @deploy undefined-function => !analysis
(define-read-only (f) (frobnicate 1))
