;; pow: exact powers up to the 128-bit edge; past it ArithmeticOverflow; a negative exponent is an Arithmetic error.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy pow
;; @read pow power 2 10 => 1024
;; @read pow power -3 3 => -27
;; @read pow power 0 0 => 1
;; @read pow power 2 126 => 85070591730234615865843651857942052864
;; @read pow power 2 127 => !runtime Runtime/ArithmeticOverflow
;; @read pow power -2 127 => -170141183460469231731687303715884105728
;; @read pow power 2 -1 => !runtime Runtime/Arithmetic
;; @read pow power-uint u2 u127 => u170141183460469231731687303715884105728
;; @read pow power-uint u2 u128 => !runtime Runtime/ArithmeticOverflow
;; @read pow power-uint u10 u38 => u100000000000000000000000000000000000000
(define-read-only (power (a int) (b int)) (pow a b))
(define-read-only (power-uint (a uint) (b uint)) (pow a b))
