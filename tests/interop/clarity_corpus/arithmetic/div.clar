;; Integer division truncates toward zero; variadic division divides left to right.
;; @epochs 3.0 3.3
;; @deploy div
;; @read div quot 7 2 => 3
;; @read div quot -7 2 => -3
;; @read div quot 7 -2 => -3
;; @read div quot -7 -2 => 3
;; @read div quot-uint u100 u7 => u14
;; @read div quot3 1000 10 3 => 33
(define-read-only (quot (a int) (b int)) (/ a b))
(define-read-only (quot-uint (a uint) (b uint)) (/ a b))
(define-read-only (quot3 (a int) (b int) (c int)) (/ a b c))
