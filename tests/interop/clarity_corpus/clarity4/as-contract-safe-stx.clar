;; as-contract? (Clarity 4) sends STX from the contract within its allowance; past it the body is reverted with
;; (err u0).
;; @epochs 3.3
;; @deploy as-contract-safe-stx
;; @call as-contract-safe-stx deposit u500 => (ok true)
;; @call[wallet_1] as-contract-safe-stx withdraw u100 => (ok true)
;; @events stx_transfer
;; @call[wallet_1] as-contract-safe-stx withdraw u300 => (err u0)
;; @read as-contract-safe-stx held => u400
(define-public (deposit (n uint)) (stx-transfer? n tx-sender current-contract))
(define-public (withdraw (n uint))
  (let ((to tx-sender)) (as-contract? ((with-stx u200)) (try! (stx-transfer? n tx-sender to)))))
(define-read-only (held) (stx-get-balance current-contract))
