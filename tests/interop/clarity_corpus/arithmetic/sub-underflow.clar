;; Subtraction below zero for uint, and below the minimum int, fails with ArithmeticUnderflow; so does negating the
;; minimum int (the reference computes it as a subtraction).
;; @epochs 3.0 3.3
;; @deploy sub-underflow
;; @read sub-underflow diff-uint u0 u1 => !runtime Runtime/ArithmeticUnderflow
;; @read sub-underflow diff-uint u5 u5 => u0
;; @read sub-underflow diff-int -170141183460469231731687303715884105728 1 => !runtime Runtime/ArithmeticUnderflow
;; @read sub-underflow negate -170141183460469231731687303715884105728 => !runtime Runtime/ArithmeticUnderflow
;; @read sub-underflow negate 170141183460469231731687303715884105727 => -170141183460469231731687303715884105727
(define-read-only (diff-uint (a uint) (b uint)) (- a b))
(define-read-only (diff-int (a int) (b int)) (- a b))
(define-read-only (negate (a int)) (- a))
