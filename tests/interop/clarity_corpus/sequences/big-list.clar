;; A public function that builds and folds a long list (1,000 items through map and fold).
;; @epochs 3.0 3.3
;; @deploy big-list
;; @call big-list run => (ok u499500)
(define-constant tens (list u0 u1 u2 u3 u4 u5 u6 u7 u8 u9))
(define-private (times10 (x uint)) (map + (list x x x x x x x x x x) tens))
(define-private (expand (x uint) (acc (list 1000 uint))) (unwrap-panic (as-max-len? (concat acc (times10 (* x u10))) u1000)))
(define-private (hundreds (x uint) (acc (list 100 uint))) (unwrap-panic (as-max-len? (concat acc (times10 (* x u10))) u100)))
(define-public (run)
  (let ((h (fold hundreds tens (list))) (all (fold expand h (list))))
    (ok (fold + all u0))))
