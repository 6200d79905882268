;; \0 is an escape the lexer knows, but a NUL byte is not a printable ASCII character: the literal is refused.
;; @deploy ascii-nul-escape => !analysis
(define-constant s "a\0b")
