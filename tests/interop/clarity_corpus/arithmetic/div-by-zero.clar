;; Division by zero fails with DivisionByZero (int and uint). The minimum int divided by -1, whose quotient does not
;; fit, fails as DivisionByZero too: the reference maps every failed checked_div to it.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy div-by-zero
;; @read div-by-zero quot 1 0 => !runtime Runtime/DivisionByZero
;; @read div-by-zero quot 0 0 => !runtime Runtime/DivisionByZero
;; @read div-by-zero quot-uint u1 u0 => !runtime Runtime/DivisionByZero
;; @read div-by-zero quot -170141183460469231731687303715884105728 -1 => !runtime Runtime/DivisionByZero
;; @call div-by-zero store-quot 10 0 => !runtime Runtime/DivisionByZero
;; @read div-by-zero get-last => 0
;; @call div-by-zero store-quot 10 5 => (ok 2)
;; @read div-by-zero get-last => 2
(define-data-var last int 0)
(define-read-only (quot (a int) (b int)) (/ a b))
(define-read-only (quot-uint (a uint) (b uint)) (/ a b))
(define-public (store-quot (a int) (b int)) (begin (var-set last (/ a b)) (ok (var-get last))))
(define-read-only (get-last) (var-get last))
