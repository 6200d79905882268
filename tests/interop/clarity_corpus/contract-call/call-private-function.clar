;; contract-call? of a private function is refused when the caller is deployed.
;; @deploy callee
;; @deploy caller => !analysis
;; @contract callee
(define-private (secret) (ok u1))
(define-public (f) (secret))
;; @contract caller
(define-public (run) (contract-call? .callee secret))
