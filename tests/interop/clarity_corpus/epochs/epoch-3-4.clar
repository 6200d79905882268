;; Epoch 3.4 (Clarity 5): at-block is gone from Clarity 5, and from Epoch 3.4 even a Clarity 4 contract using it is
;; refused at deployment ("not available in this epoch").
;; @epochs 3.4
;; @deploy[clarity=4] at-block-c4 => !analysis
;; @deploy at-block-c5 => !analysis
;; @deploy plain-c5
;; @read plain-c5 g (list 1 2 3) => 6
;; @contract at-block-c4
(define-data-var x uint u3)
(define-read-only (f) (at-block (unwrap-panic (get-stacks-block-info? id-header-hash (- stacks-block-height u1))) (var-get x)))
;; @contract at-block-c5
(define-data-var x uint u3)
(define-read-only (f) (at-block (unwrap-panic (get-stacks-block-info? id-header-hash (- stacks-block-height u1))) (var-get x)))
;; @contract plain-c5
(define-read-only (g (xs (list 5 int))) (fold + xs 0))
