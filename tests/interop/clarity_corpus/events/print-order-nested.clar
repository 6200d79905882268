;; Print events of nested calls come in evaluation order, each tagged with the contract that printed.
;; @deploy inner
;; @deploy outer
;; @call outer run => (ok true)
;; @events print print print
;; @contract inner
(define-public (hello) (begin (print "inner") (if (> u1 u0) (ok true) (err u1))))
;; @contract outer
(define-public (run) (begin (print "before") (try! (contract-call? .inner hello)) (print "after") (ok true)))
