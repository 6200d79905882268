;; stx-transfer? moves micro-STX from the caller (stx_transfer event with an empty memo).
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy stx-transfer
;; @call stx-transfer send u1000000 $wallet_1 => (ok true)
;; @events stx_transfer
;; @read stx-transfer balances => (tuple (deployer u99999999000000) (wallet-1 u1000000))
(define-public (send (amount uint) (to principal)) (stx-transfer? amount tx-sender to))
(define-read-only (balances)
  {deployer: (stx-get-balance 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM),
   wallet-1: (stx-get-balance 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)})
