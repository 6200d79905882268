;; An integer literal outside the 128-bit range is refused by the parser.
;; @deploy parse-int-too-large => !analysis
(define-constant big u340282366920938463463374607431768211456)
