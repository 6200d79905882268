;; An unexpected closing parenthesis is refused by the parser.
;; @deploy parse-extra-close => !analysis
(define-read-only (f) 1))
