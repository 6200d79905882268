;; A counter that steps by a caller's amount: the step that would overflow fails and leaves the count as it was.
;; @epochs 3.0 3.3
;; @deploy counter-overflow
;; @call counter-overflow bump u340282366920938463463374607431768211400 => (ok u340282366920938463463374607431768211400)
;; @call counter-overflow bump u55 => (ok u340282366920938463463374607431768211455)
;; @call counter-overflow bump u1 => !runtime Runtime/ArithmeticOverflow
;; @read counter-overflow get-count => u340282366920938463463374607431768211455
(define-data-var count uint u0)
(define-public (bump (by uint))
  (begin (var-set count (+ (var-get count) by)) (ok (var-get count))))
(define-read-only (get-count) (var-get count))
