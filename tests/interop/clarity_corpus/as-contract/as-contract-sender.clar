;; as-contract makes the contract itself tx-sender and contract-caller for the expression it wraps.
;; @epochs 2.0 2.05 2.1 3.0
;; @deploy as-contract-sender
;; @call[wallet_1] as-contract-sender who => (ok (tuple (inside (tuple (caller ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.as-contract-sender) (sender ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.as-contract-sender))) (outside (tuple (caller ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5) (sender ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)))))
(define-public (who)
  (ok {outside: {sender: tx-sender, caller: contract-caller},
       inside: (as-contract {sender: tx-sender, caller: contract-caller})}))
