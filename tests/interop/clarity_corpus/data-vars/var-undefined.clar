;; var-get of a variable that was never defined is refused by the type checker.
;; @deploy var-undefined => !analysis
(define-read-only (f) (var-get nothing))
