;; The condition of if must be a bool.
;; @deploy type-error-if-condition => !analysis
(define-read-only (f) (if 1 2 3))
