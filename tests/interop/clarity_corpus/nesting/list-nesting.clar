;; Lists nested 8 deep: their length at every level and the innermost item.
;; @deploy list-nesting
;; @read list-nesting f => (tuple (inner 3) (outer u1))
(define-constant l (list (list (list (list (list (list (list (list 3)))))))))
(define-read-only (f) {outer: (len l), inner: (unwrap-panic (element-at (unwrap-panic (element-at (unwrap-panic (element-at (unwrap-panic (element-at (unwrap-panic (element-at (unwrap-panic (element-at (unwrap-panic (element-at (unwrap-panic (element-at l u0)) u0)) u0)) u0)) u0)) u0)) u0)) u0))})
