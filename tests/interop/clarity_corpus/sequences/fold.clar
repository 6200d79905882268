;; fold with natives and with a defined function; the accumulator may have any type.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy fold
;; @read fold sum (list 1 2 3 4) => 10
;; @read fold product (list 1 2 3 4) => 24
;; @read fold reverse (list 1 2 3) => (3 2 1)
;; @read fold count-even (list 1 2 3 4 6) => u3
;; @read fold sum (list) => 0
(define-read-only (sum (xs (list 10 int))) (fold + xs 0))
(define-read-only (product (xs (list 10 int))) (fold * xs 1))
(define-private (push-front (x int) (acc (list 10 int))) (unwrap-panic (as-max-len? (concat (list x) acc) u10)))
(define-read-only (reverse (xs (list 10 int))) (fold push-front xs (list)))
(define-private (even-step (x int) (n uint)) (if (is-eq (mod x 2) 0) (+ n u1) n))
(define-read-only (count-even (xs (list 10 int))) (fold even-step xs u0))
