;; Clarity 1 compares only integers: comparing strings is refused by the type checker.
;; @epochs 2.0 2.05 2.1 3.0
;; @clarity 1
;; @deploy string-compare-clarity1 => !analysis
(define-read-only (lt (a (string-ascii 10)) (b (string-ascii 10))) (< a b))
