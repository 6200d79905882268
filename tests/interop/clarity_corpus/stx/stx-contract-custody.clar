;; A contract holding STX: deposits go to the contract principal, withdrawals leave it through as-contract (Clarity 3:
;; Clarity 4 replaced as-contract with as-contract?).
;; @epochs 3.0 3.3
;; @clarity 3
;; @deploy stx-contract-custody
;; @call stx-contract-custody deposit u700 => (ok true)
;; @read stx-contract-custody held => u700
;; @call stx-contract-custody withdraw u200 $wallet_1 => (ok true)
;; @events stx_transfer
;; @call stx-contract-custody withdraw u600 $wallet_1 => (err u1)
;; @read stx-contract-custody held => u500
(define-public (deposit (amount uint)) (stx-transfer? amount tx-sender (as-contract tx-sender)))
(define-public (withdraw (amount uint) (to principal)) (as-contract (stx-transfer? amount tx-sender to)))
(define-read-only (held) (stx-get-balance (as-contract tx-sender)))
