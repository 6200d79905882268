;; A token that is no valid Clarity (a stray #) is refused by the lexer.
;; @deploy parse-bad-token => !analysis
(define-constant a #1)
