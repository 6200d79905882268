;; A Clarity 1 contract deployed and called in Epochs 3.0 and 3.3 (costs-3 and costs-4 price it differently).
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @clarity 1
;; @deploy clarity1-in-late-epoch
;; @call clarity1-in-late-epoch work (list 5 3 9 1) => (ok (tuple (max 9) (sum 18)))
(define-private (max2 (a int) (b int)) (if (> a b) a b))
(define-public (work (xs (list 10 int))) (ok {sum: (fold + xs 0), max: (fold max2 xs 0)}))
