;; A let binding may not reuse the name of an argument (or anything else in scope).
;; @deploy let-shadowing => !analysis
(define-read-only (f (x int)) (let ((x 2)) x))
