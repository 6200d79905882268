;; as-contract inside as-contract: still the same contract.
;; @deploy as-contract-nested
;; @read as-contract-nested twice => ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.as-contract-nested
(define-read-only (twice) (as-contract (as-contract tx-sender)))
