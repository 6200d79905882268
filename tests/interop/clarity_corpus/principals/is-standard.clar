;; is-standard (Clarity 2): true for principals of the chain's network (testnet here), standard or contract.
;; @epochs 2.1 3.0 3.3
;; @deploy is-standard
;; @read is-standard check $wallet_1 => true
;; @read is-standard check $deployer.is-standard => true
;; @read is-standard check 'SP000000000000000000002Q6VF78 => false
;; @read is-standard check 'SP000000000000000000002Q6VF78.pox => false
;; @read is-standard check 'SN1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSTT4NB7A => true
(define-read-only (check (p principal)) (is-standard p))
