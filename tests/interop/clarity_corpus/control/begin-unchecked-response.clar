;; A response in the middle of a begin that nobody checks is refused by the type checker.
;; @deploy begin-unchecked-response => !analysis
(define-public (f) (begin (ok 1) (ok u2)))
