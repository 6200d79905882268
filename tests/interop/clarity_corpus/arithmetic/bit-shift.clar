;; bit-shift-left and bit-shift-right (Clarity 2): the shift is taken modulo 128, bits fall off, right shifts of ints
;; keep the sign.
;; @epochs 3.0 3.3
;; @deploy bit-shift
;; @read bit-shift left 1 u3 => 8
;; @read bit-shift left 1 u127 => -170141183460469231731687303715884105728
;; @read bit-shift left 1 u128 => 1
;; @read bit-shift left -1 u127 => -170141183460469231731687303715884105728
;; @read bit-shift right 16 u2 => 4
;; @read bit-shift right -16 u2 => -4
;; @read bit-shift right -170141183460469231731687303715884105728 u127 => -1
;; @read bit-shift left-uint u3 u130 => u12
;; @read bit-shift right-uint u16 u129 => u8
(define-read-only (left (a int) (n uint)) (bit-shift-left a n))
(define-read-only (right (a int) (n uint)) (bit-shift-right a n))
(define-read-only (left-uint (a uint) (n uint)) (bit-shift-left a n))
(define-read-only (right-uint (a uint) (n uint)) (bit-shift-right a n))
