;; Two tokens in one contract keep separate balances and supplies; a swap moves both in one call.
;; @deploy ft-two-tokens
;; @call ft-two-tokens setup => (ok true)
;; @call[wallet_1] ft-two-tokens swap u10 => (ok true)
;; @events ft_transfer ft_transfer
;; @read ft-two-tokens balances $wallet_1 => (tuple (a u90) (b u10))
(define-fungible-token token-a)
(define-fungible-token token-b)
(define-public (setup)
  (begin
    (try! (ft-mint? token-a u100 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))
    (ft-mint? token-b u100 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)))
(define-public (swap (amount uint))
  (begin
    (try! (ft-transfer? token-a amount tx-sender 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM))
    (as-contract (ft-transfer? token-b amount 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))))
(define-read-only (balances (who principal)) {a: (ft-get-balance token-a who), b: (ft-get-balance token-b who)})
