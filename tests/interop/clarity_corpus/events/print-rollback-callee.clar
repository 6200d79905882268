;; A callee's print is dropped when the callee returns err, while the caller's prints stay.
;; @deploy inner
;; @deploy outer
;; @call outer run => (ok (err u1))
;; @events print print
;; @contract inner
(define-public (fails) (begin (print "lost") (err u1)))
;; @contract outer
(define-public (run) (begin (print "a") (let ((r (contract-call? .inner fails))) (print "b") (ok r))))
