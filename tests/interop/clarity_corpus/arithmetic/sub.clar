;; Subtraction: binary, variadic (left to right), and unary negation.
;; @epochs 3.0 3.3
;; @deploy sub
;; @read sub diff 10 3 => 7
;; @read sub diff 3 10 => -7
;; @read sub negate 5 => -5
;; @read sub chain 100 => 94
;; @read sub diff-uint u10 u3 => u7
(define-read-only (diff (a int) (b int)) (- a b))
(define-read-only (negate (a int)) (- a))
(define-read-only (chain (a int)) (- a 1 2 3))
(define-read-only (diff-uint (a uint) (b uint)) (- a b))
