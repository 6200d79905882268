;; contract-call? of a function the callee does not have is refused when the caller is deployed.
;; @deploy callee
;; @deploy caller => !analysis
;; @contract callee
(define-public (f) (ok u1))
;; @contract caller
(define-public (run) (contract-call? .callee g))
