;; get-stacks-block-info? (Clarity 3): hashes of a past block are 32 bytes, its time is set, the current and future
;; blocks give none.
;; @epochs 3.0 3.3
;; @deploy get-stacks-block-info
;; @call get-stacks-block-info probe => (ok (tuple (current-none true) (future-none true) (has-time true) (header-len u32) (id-len u32)))
(define-public (probe)
  (let ((h (- stacks-block-height u1)))
    (ok {header-len: (len (unwrap-panic (get-stacks-block-info? header-hash h))),
         id-len: (len (unwrap-panic (get-stacks-block-info? id-header-hash h))),
         has-time: (is-some (get-stacks-block-info? time h)),
         current-none: (is-none (get-stacks-block-info? time stacks-block-height)),
         future-none: (is-none (get-stacks-block-info? id-header-hash (+ stacks-block-height u100)))})))
