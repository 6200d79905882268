;; A function only another contract may call, guarded by contract-caller: direct calls are refused.
;; @deploy vault
;; @deploy gateway
;; @call vault withdraw => (err u401)
;; @call gateway go => (ok true)
;; @contract vault
(define-public (withdraw) (begin (asserts! (is-eq contract-caller .gateway) (err u401)) (ok true)))
;; @contract gateway
(define-public (go) (contract-call? .vault withdraw))
