;; A parameter of a type that does not exist is refused.
;; @deploy unknown-type => !analysis
(define-read-only (f (x integer)) x)
