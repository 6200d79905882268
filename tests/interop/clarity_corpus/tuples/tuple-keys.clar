;; Tuples as composite map keys.
;; @deploy tuple-keys
;; @call tuple-keys set-cell 1 2 "x" => (ok true)
;; @call tuple-keys set-cell 2 1 "y" => (ok true)
;; @read tuple-keys cell 1 2 => (some "x")
;; @read tuple-keys cell 2 1 => (some "y")
;; @read tuple-keys cell 1 1 => none
(define-map grid {row: int, col: int} (string-ascii 1))
(define-public (set-cell (r int) (c int) (v (string-ascii 1))) (ok (map-set grid {row: r, col: c} v)))
(define-read-only (cell (r int) (c int)) (map-get? grid {row: r, col: c}))
