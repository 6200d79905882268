;; The deployer funds a wallet, which then pays a third account: balances move in both steps.
;; @deploy stx-funding-wallet
;; @call stx-funding-wallet send u5000 $wallet_1 => (ok true)
;; @call[wallet_1] stx-funding-wallet send u2000 $wallet_2 => (ok true)
;; @events stx_transfer
;; @call[wallet_1] stx-funding-wallet send u3001 $wallet_2 => (err u1)
;; @read stx-funding-wallet balance $wallet_1 => u3000
;; @read stx-funding-wallet balance $wallet_2 => u2000
(define-public (send (amount uint) (to principal)) (stx-transfer? amount tx-sender to))
(define-read-only (balance (who principal)) (stx-get-balance who))
