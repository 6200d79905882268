;; Lists of lists: lengths, flattening by fold and concat.
;; @deploy nested-lists
;; @read nested-lists flatten (list (list 1 2) (list) (list 3)) => (1 2 3)
;; @read nested-lists lens (list (list 1 2) (list) (list 3)) => (u2 u0 u1)
(define-private (join (xs (list 3 int)) (acc (list 9 int))) (unwrap-panic (as-max-len? (concat acc xs) u9)))
(define-read-only (flatten (xss (list 3 (list 3 int)))) (fold join xss (list)))
(define-private (l (xs (list 3 int))) (len xs))
(define-read-only (lens (xss (list 3 (list 3 int)))) (map l xss))
