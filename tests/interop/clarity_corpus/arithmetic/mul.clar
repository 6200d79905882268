;; Multiplication of ints and uints, signs, zero and the variadic form.
;; @epochs 3.0 3.3
;; @deploy mul
;; @read mul product 6 7 => 42
;; @read mul product -6 7 => -42
;; @read mul product -6 -7 => 42
;; @read mul product 0 -7 => 0
;; @read mul product-uint u12 u12 => u144
;; @read mul product4 1 2 3 4 => 24
(define-read-only (product (a int) (b int)) (* a b))
(define-read-only (product-uint (a uint) (b uint)) (* a b))
(define-read-only (product4 (a int) (b int) (c int) (d int)) (* a b c d))
