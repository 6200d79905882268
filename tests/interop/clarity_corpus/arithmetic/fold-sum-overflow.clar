;; A fold that sums a list overflows when the running total passes the maximum int.
;; @epochs 3.0 3.3
;; @deploy fold-sum-overflow
;; @read fold-sum-overflow total (list 1 2 3) => 6
;; @read fold-sum-overflow total (list 170141183460469231731687303715884105727 0) => 170141183460469231731687303715884105727
;; @read fold-sum-overflow total (list 170141183460469231731687303715884105727 -1 2) => !runtime Runtime/ArithmeticOverflow
;; @read fold-sum-overflow total (list) => 0
(define-read-only (total (xs (list 10 int))) (fold + xs 0))
