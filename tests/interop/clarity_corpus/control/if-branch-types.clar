;; The two branches of if must have the same type.
;; @deploy if-branch-types => !analysis
(define-read-only (f (c bool)) (if c 1 u2))
