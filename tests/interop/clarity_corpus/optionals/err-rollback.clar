;; A public function that returns (err ..) is rolled back: its writes and its print events are discarded.
;; @epochs 3.0 3.3
;; @deploy err-rollback
;; @call err-rollback set-and-fail u5 => (err u5)
;; @events -
;; @read err-rollback get-x => u0
;; @call err-rollback set-and-succeed u6 => (ok u6)
;; @events print
;; @read err-rollback get-x => u6
(define-data-var x uint u0)
(define-public (set-and-fail (v uint)) (begin (var-set x v) (print v) (err v)))
(define-public (set-and-succeed (v uint)) (begin (var-set x v) (print v) (ok v)))
(define-read-only (get-x) (var-get x))
