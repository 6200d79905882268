;; xor of ints (two's complement) and uints.
;; @epochs 3.0 3.3
;; @deploy xor
;; @read xor x 5 3 => 6
;; @read xor x -1 0 => -1
;; @read xor x -1 5 => -6
;; @read xor x-uint u12 u10 => u6
(define-read-only (x (a int) (b int)) (xor a b))
(define-read-only (x-uint (a uint) (b uint)) (xor a b))
