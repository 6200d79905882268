;; from-consensus-buff? with a type that does not exist is refused by the type checker.
;; @deploy consensus-bad-type => !analysis
(define-read-only (f (b (buff 8))) (from-consensus-buff? nothing b))
