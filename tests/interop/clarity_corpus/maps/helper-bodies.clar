;; User functions whose body reads and writes maps over integers (the evaluator's map fast path), called through
;; folds and directly: values and all five cost dimensions; new and overwritten entries; entries written earlier in
;; the same call, in earlier transactions, and absent; int and uint maps; arithmetic failing before a write and after
;; one partway through a fold (the transaction's writes then roll back).
;; @epochs 2.0 2.05 2.1 3.0 3.3 3.4 4.0
;; @deploy helper-bodies
;; @call helper-bodies put-all (list u1 u2 u3) => (ok u3)
;; @read helper-bodies sum (list u1 u2 u3 u4) => u14
;; @call helper-bodies put-and-sum (list u2 u5 u2) => (ok u33)
;; @call helper-bodies put-all (list u7 u18446744073709551616) => !runtime Runtime/ArithmeticOverflow
;; @call helper-bodies bump-all (list u8 u9) u340282366920938463463374607431768211455 => !runtime Runtime/ArithmeticOverflow
;; @read helper-bodies sum (list u7 u8 u9) => u0
;; @call helper-bodies signed-all (list 3 -4 5) => (ok -88)
;; @read helper-bodies signed-sum (list 3 7) => 997
;; @call helper-bodies copy-all (list u1 u2) u100 => (ok u100)
;; @read helper-bodies sum (list u101 u102) => u5
(define-map squares uint uint)
(define-map signed int int)
(define-private (put (k uint) (acc uint)) (begin (map-set squares k (* k k)) (+ acc u1)))
(define-private (get-one (k uint) (acc uint)) (+ acc (default-to u0 (map-get? squares k))))
(define-private (signed-put (k int) (acc int)) (begin (map-set signed k (- acc k)) (- acc (* k k))))
(define-private (signed-get (k int) (acc int)) (+ acc (default-to 1000 (map-get? signed k))))
(define-private (copy (k uint) (offset uint))
  (begin (map-set squares (+ k offset) (default-to u0 (map-get? squares k))) offset))
(define-public (put-all (ks (list 20 uint))) (ok (fold put ks u0)))
(define-public (put-and-sum (ks (list 20 uint))) (ok (fold get-one ks (begin (fold put ks u0) u0))))
(define-public (bump-all (ks (list 20 uint)) (start uint)) (ok (fold put ks start)))
(define-public (signed-all (ks (list 20 int))) (ok (fold signed-get ks (fold signed-put ks 0))))
(define-public (copy-all (ks (list 20 uint)) (offset uint)) (ok (fold copy ks offset)))
(define-read-only (sum (ks (list 20 uint))) (fold get-one ks u0))
(define-read-only (signed-sum (ks (list 20 int))) (fold signed-get ks 0))
