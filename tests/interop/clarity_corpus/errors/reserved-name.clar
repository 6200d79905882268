;; Defining a constant named like a keyword (tx-sender) passes the type checker but fails when the deployment defines
;; it: RuntimeCheck(NameAlreadyUsed).
;; @deploy reserved-name => !runtime RuntimeCheck/NameAlreadyUsed
(define-constant tx-sender 1)
