;; at-block evaluates a read-only expression against the state as of an earlier block (by its id header hash).
;; @epochs 3.0 3.3
;; @deploy at-block
;; @call at-block set-x u1 => (ok u3)
;; @call at-block set-x u2 => (ok u4)
;; @read at-block x-at u3 => u1
;; @read at-block x-at u2 => u0
;; @read at-block now => u2
(define-data-var x uint u0)
(define-public (set-x (v uint)) (begin (var-set x v) (ok stacks-block-height)))
(define-read-only (x-at (height uint)) (at-block (unwrap-panic (get-stacks-block-info? id-header-hash height)) (var-get x)))
(define-read-only (now) (var-get x))
