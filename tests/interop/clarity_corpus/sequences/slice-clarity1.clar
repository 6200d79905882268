;; slice? does not exist in Clarity 1.
;; @epochs 2.0 2.05 2.1 3.0
;; @clarity 1
;; @deploy slice-clarity1 => !analysis
(define-read-only (sub (s (string-ascii 16))) (slice? s u0 u1))
