;; A runtime error after a var-set in a public call rolls the write back.
;; @deploy var-rollback
;; @call var-rollback set-then-fail u5 => !runtime Runtime/DivisionByZero
;; @read var-rollback get-v => u1
;; @call var-rollback set-then-fail u0 => (ok u0)
;; @read var-rollback get-v => u0
(define-data-var v uint u1)
(define-public (set-then-fail (x uint)) (begin (var-set v x) (ok (if (is-eq x u0) x (/ x u0)))))
(define-read-only (get-v) (var-get v))
