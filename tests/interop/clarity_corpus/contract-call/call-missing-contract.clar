;; contract-call? of a contract that does not exist is refused when the caller is deployed.
;; @deploy caller => !analysis
;; @contract caller
(define-public (run) (contract-call? .nowhere f))
