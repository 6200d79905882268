;; ft-transfer? moves tokens and emits ft_transfer; the error codes: u1 not enough, u2 to oneself, u3 zero amount.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy ft-transfer
;; @call ft-transfer mint u100 => (ok true)
;; @call ft-transfer send u30 $wallet_1 => (ok true)
;; @events ft_transfer
;; @call ft-transfer send u71 $wallet_1 => (err u1)
;; @call ft-transfer send u5 $deployer => (err u2)
;; @call ft-transfer send u0 $wallet_1 => (err u3)
;; @read ft-transfer balances => (tuple (deployer u70) (wallet-1 u30))
(define-fungible-token coin)
(define-public (mint (amount uint)) (ft-mint? coin amount tx-sender))
(define-public (send (amount uint) (to principal)) (ft-transfer? coin amount tx-sender to))
(define-read-only (balances)
  {deployer: (ft-get-balance coin 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM),
   wallet-1: (ft-get-balance coin 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)})
