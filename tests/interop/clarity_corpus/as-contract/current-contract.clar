;; current-contract (Clarity 4) is the principal of the running contract.
;; @epochs 3.3
;; @deploy current-contract
;; @read current-contract me => ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.current-contract
;; @deploy[clarity=3] current-contract-c3 => !analysis
;; @contract current-contract
(define-read-only (me) current-contract)
;; @contract current-contract-c3
(define-read-only (me) current-contract)
