;; A contract principal written as .name is the deploying account's contract.
;; @deploy contract-principal
;; @read contract-principal me => ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-principal
;; @read contract-principal same => true
(define-read-only (me) .contract-principal)
(define-read-only (same) (is-eq .contract-principal 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-principal))
