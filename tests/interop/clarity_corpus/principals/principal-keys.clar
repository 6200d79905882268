;; Principals as map keys: each sender keeps its own entry; standard and contract principals are distinct.
;; @deploy principal-keys
;; @call principal-keys register u1 => (ok true)
;; @call[wallet_1] principal-keys register u2 => (ok true)
;; @read principal-keys score $deployer => (some u1)
;; @read principal-keys score $wallet_1 => (some u2)
;; @read principal-keys score $deployer.principal-keys => none
(define-map scores principal uint)
(define-public (register (s uint)) (ok (map-set scores tx-sender s)))
(define-read-only (score (who principal)) (map-get? scores who))
