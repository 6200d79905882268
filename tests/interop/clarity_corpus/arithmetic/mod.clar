;; mod keeps the sign of the dividend; by zero it fails with DivisionByZero, and so does the minimum int mod -1
;; (the reference maps every failed checked_rem to DivisionByZero).
;; @epochs 3.0 3.3
;; @deploy mod
;; @read mod rem 7 3 => 1
;; @read mod rem -7 3 => -1
;; @read mod rem 7 -3 => 1
;; @read mod rem-uint u17 u5 => u2
;; @read mod rem 7 0 => !runtime Runtime/DivisionByZero
;; @read mod rem-uint u7 u0 => !runtime Runtime/DivisionByZero
;; @read mod rem -170141183460469231731687303715884105728 -1 => !runtime Runtime/DivisionByZero
(define-read-only (rem (a int) (b int)) (mod a b))
(define-read-only (rem-uint (a uint) (b uint)) (mod a b))
