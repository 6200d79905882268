;; The smallest and largest of a list with fold and comparisons.
;; @deploy min-max
;; @read min-max extremes (list 5 -3 12 0 7) => (tuple (max 12) (min -3))
;; @read min-max extremes (list 42) => (tuple (max 42) (min 42))
(define-private (min2 (a int) (b int)) (if (< a b) a b))
(define-private (max2 (a int) (b int)) (if (> a b) a b))
(define-read-only (extremes (xs (list 10 int)))
  (let ((first (unwrap-panic (element-at xs u0))))
    {min: (fold min2 xs first), max: (fold max2 xs first)}))
