;; A contract that owns tokens sends them with as-contract; without it the transfer is not the contract's.
;; @deploy as-contract-ft
;; @call as-contract-ft fund u100 => (ok true)
;; @call[wallet_1] as-contract-ft claim u10 => (ok true)
;; @events ft_transfer
;; @call[wallet_1] as-contract-ft claim-wrong u10 => (err u4)
;; @read as-contract-ft balance $wallet_1 => u10
(define-fungible-token coin)
(define-public (fund (n uint)) (ft-mint? coin n (as-contract tx-sender)))
(define-public (claim (n uint))
  (let ((to tx-sender)) (as-contract (ft-transfer? coin n tx-sender to))))
(define-public (claim-wrong (n uint))
  (begin (asserts! (is-eq tx-sender (as-contract tx-sender)) (err u4)) (ft-transfer? coin n tx-sender tx-sender)))
(define-read-only (balance (who principal)) (ft-get-balance coin who))
