;; Addition of ints and uints, variadic, through public and read-only functions.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy add
;; @read add sum-int 1 2 => 3
;; @read add sum-int -5 2 => -3
;; @read add sum-uint u7 u8 => u15
;; @call add sum-many 1 2 3 4 => (ok 10)
(define-read-only (sum-int (a int) (b int)) (+ a b))
(define-read-only (sum-uint (a uint) (b uint)) (+ a b))
(define-public (sum-many (a int) (b int) (c int) (d int)) (ok (+ a b c d)))
