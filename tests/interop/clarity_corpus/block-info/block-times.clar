;; Block times never decrease from one block to the next (the simnet's are wall-clock times, compared not printed).
;; @epochs 3.0 3.3
;; @deploy block-times
;; @call block-times tick => (ok true)
;; @call block-times tick => (ok true)
;; @read block-times ordered => true
(define-public (tick) (ok true))
(define-read-only (ordered)
  (let ((t1 (unwrap-panic (get-stacks-block-info? time (- stacks-block-height u2))))
        (t2 (unwrap-panic (get-stacks-block-info? time (- stacks-block-height u1)))))
    (<= t1 t2)))
