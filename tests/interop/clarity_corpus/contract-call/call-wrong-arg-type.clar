;; contract-call? with an argument of the wrong type is refused when the caller is deployed.
;; @deploy callee
;; @deploy caller => !analysis
;; @contract callee
(define-public (f (x uint)) (ok x))
;; @contract caller
(define-public (run) (contract-call? .callee f 1))
