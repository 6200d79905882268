;; buff-to-uint-be takes at most 16 bytes: a (buff 17) argument is refused by the type checker.
;; @deploy buff-to-int-too-long => !analysis
(define-read-only (f (b (buff 17))) (buff-to-uint-be b))
