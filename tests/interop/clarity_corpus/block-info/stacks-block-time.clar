;; stacks-block-time (Clarity 4) is the current block's time: not before the previous block's.
;; @epochs 3.3
;; @deploy stacks-block-time
;; @call stacks-block-time check => (ok true)
;; @deploy[clarity=3] stacks-block-time-c3 => !analysis
;; @contract stacks-block-time
(define-public (check)
  (ok (>= stacks-block-time (unwrap-panic (get-stacks-block-info? time (- stacks-block-height u1))))))
;; @contract stacks-block-time-c3
(define-read-only (t) stacks-block-time)
