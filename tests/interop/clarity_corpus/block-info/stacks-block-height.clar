;; stacks-block-height (Clarity 3) moves on by one block per deployment and per public call, not per read-only call.
;; @epochs 3.0 3.3
;; @deploy stacks-block-height
;; @read stacks-block-height now => u2
;; @call stacks-block-height record => (ok u3)
;; @call stacks-block-height advance => (ok u1)
;; @read stacks-block-height same-as-recorded-plus-one => true
(define-data-var seen uint u0)
(define-read-only (now) stacks-block-height)
(define-public (record) (begin (var-set seen stacks-block-height) (ok stacks-block-height)))
(define-public (advance) (ok (- stacks-block-height (var-get seen))))
(define-read-only (same-as-recorded-plus-one) (is-eq stacks-block-height (+ (var-get seen) u1)))
