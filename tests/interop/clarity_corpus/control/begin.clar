;; begin runs its expressions in order and returns the last; intermediate responses must be checked.
;; @deploy begin
;; @call begin run => (ok u3)
;; @read begin get-n => u3
(define-data-var n uint u0)
(define-public (run)
  (begin
    (var-set n (+ (var-get n) u1))
    (var-set n (* (var-get n) u3))
    (ok (var-get n))))
(define-read-only (get-n) (var-get n))
