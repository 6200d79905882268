;; Integer overflow of + fails at run time with ArithmeticOverflow (int and uint), and rolls back the call.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy add-overflow
;; @call add-overflow add-int 170141183460469231731687303715884105727 1 => !runtime Runtime/ArithmeticOverflow
;; @call add-overflow add-uint u340282366920938463463374607431768211455 u1 => !runtime Runtime/ArithmeticOverflow
;; @call add-overflow add-int 170141183460469231731687303715884105726 1 => (ok 170141183460469231731687303715884105727)
;; @read add-overflow get-last => 170141183460469231731687303715884105727
(define-data-var last int 0)
(define-public (add-int (a int) (b int)) (begin (var-set last (+ a b)) (ok (var-get last))))
(define-public (add-uint (a uint) (b uint)) (ok (+ a b)))
(define-read-only (get-last) (var-get last))
