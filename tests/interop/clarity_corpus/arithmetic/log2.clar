;; log2 rounds down; zero or a negative argument is an Arithmetic error.
;; @epochs 3.0 3.3
;; @deploy log2
;; @read log2 lg 8 => 3
;; @read log2 lg 1000 => 9
;; @read log2 lg 1 => 0
;; @read log2 lg 0 => !runtime Runtime/Arithmetic
;; @read log2 lg -8 => !runtime Runtime/Arithmetic
;; @read log2 lg-uint u340282366920938463463374607431768211455 => u127
;; @read log2 lg-uint u0 => !runtime Runtime/Arithmetic
(define-read-only (lg (a int)) (log2 a))
(define-read-only (lg-uint (a uint)) (log2 a))
