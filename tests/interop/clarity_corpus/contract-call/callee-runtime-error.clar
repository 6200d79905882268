;; A runtime error in a callee aborts the whole transaction, the caller's writes included.
;; @deploy inner
;; @deploy outer
;; @call outer run => !runtime Runtime/DivisionByZero
;; @read outer get-y => u0
;; @contract inner
(define-public (boom (d uint)) (ok (/ u1 d)))
;; @contract outer
(define-data-var y uint u0)
(define-public (run) (begin (var-set y u1) (contract-call? .inner boom u0)))
(define-read-only (get-y) (var-get y))
