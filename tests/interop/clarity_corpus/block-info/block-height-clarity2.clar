;; block-height exists up to Clarity 2 (u1 after a deployment: from Epoch 3.0 it is the tenure height); in Clarity 3
;; it is refused (stacks-block-height replaces it), and at 2.1 Clarity 3 itself is.
;; @epochs 2.1 3.0 3.3
;; @deploy[clarity=2] block-height-c2
;; @read block-height-c2 h => u1
;; @read block-height-c2 at-least-one => true
;; @deploy[clarity=3] block-height-c3 => !analysis =>[2.1] !version
;; @contract block-height-c2
(define-read-only (h) block-height)
(define-read-only (at-least-one) (>= block-height u1))
;; @contract block-height-c3
(define-read-only (h) block-height)
