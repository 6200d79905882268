;; An unknown escape in a string literal is refused by the lexer.
;; @deploy ascii-bad-escape => !analysis
(define-constant s "a\qb")
