;; Multiplication past the 128-bit range fails with ArithmeticOverflow, in either sign.
;; @epochs 3.0 3.3
;; @deploy mul-overflow
;; @read mul-overflow product 170141183460469231731687303715884105727 2 => !runtime Runtime/ArithmeticOverflow
;; @read mul-overflow product -170141183460469231731687303715884105728 -1 => !runtime Runtime/ArithmeticOverflow
;; @read mul-overflow product -170141183460469231731687303715884105728 1 => -170141183460469231731687303715884105728
;; @read mul-overflow product-uint u340282366920938463463374607431768211455 u2 => !runtime Runtime/ArithmeticOverflow
;; @read mul-overflow product-uint u18446744073709551616 u18446744073709551616 => !runtime Runtime/ArithmeticOverflow
;; @read mul-overflow product-uint u18446744073709551616 u18446744073709551615 => u340282366920938463444927863358058659840
(define-read-only (product (a int) (b int)) (* a b))
(define-read-only (product-uint (a uint) (b uint)) (* a b))
