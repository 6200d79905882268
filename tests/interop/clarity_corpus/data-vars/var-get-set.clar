;; A data var keeps its value between calls; read-only calls see the latest committed value.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy var-get-set
;; @read var-get-set get-n => u0
;; @call var-get-set set-n u41 => (ok true)
;; @call var-get-set incr => (ok u42)
;; @read var-get-set get-n => u42
(define-data-var n uint u0)
(define-public (set-n (v uint)) (ok (var-set n v)))
(define-public (incr) (begin (var-set n (+ (var-get n) u1)) (ok (var-get n))))
(define-read-only (get-n) (var-get n))
