;; Inside at-block, stacks-block-height is the height of the block the expression is evaluated at (u2 here, though
;; the tip is at 4).
;; @epochs 3.0 3.3
;; @deploy at-block-height
;; @call at-block-height tick => (ok true)
;; @call at-block-height tick => (ok true)
;; @read at-block-height height-at u2 => u2
(define-public (tick) (ok true))
(define-read-only (height-at (h uint)) (at-block (unwrap-panic (get-stacks-block-info? id-header-hash h)) stacks-block-height))
