;; Inside as-contract? tx-sender is the contract; with no allowance and no outflow the result is (ok value).
;; @epochs 3.3
;; @deploy as-contract-safe-sender
;; @call[wallet_2] as-contract-safe-sender who => (ok (tuple (inside ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.as-contract-safe-sender) (outside ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG)))
(define-public (who) (ok {outside: tx-sender, inside: (unwrap-panic (as-contract? () tx-sender))}))
