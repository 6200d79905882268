;; An unclosed parenthesis is refused by the parser.
;; @deploy parse-unclosed => !analysis
(define-read-only (f) (+ 1 2)
