;; A callee returning err has its own writes rolled back, but the caller goes on and commits its own.
;; @deploy inner
;; @deploy outer
;; @call outer run => (ok (tuple (inner-result (err u7)) (outer-wrote true)))
;; @read inner get-x => u0
;; @read outer get-y => u1
;; @contract inner
(define-data-var x uint u0)
(define-public (fail) (begin (var-set x u99) (err u7)))
(define-read-only (get-x) (var-get x))
;; @contract outer
(define-data-var y uint u0)
(define-public (run)
  (let ((r (contract-call? .inner fail)))
    (var-set y u1)
    (ok {inner-result: r, outer-wrote: true})))
(define-read-only (get-y) (var-get y))
