;; as-contract does not exist in Clarity 4 (as-contract? replaces it).
;; @epochs 3.3
;; @deploy as-contract-removed => !analysis
(define-public (f) (ok (as-contract tx-sender)))
