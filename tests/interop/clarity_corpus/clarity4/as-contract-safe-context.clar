;; as-contract? evaluates its allowances as the caller (tx-sender there is still the caller) and runs its body as the
;; contract; a restrict-assets? nested inside guards the contract's assets on its own, and its violation is undone
;; before the outer check.
;; @epochs 3.3 3.4
;; @deploy as-contract-safe-context
;; @call as-contract-safe-context deposit u1000 => (ok true)
;; @call[wallet_2] as-contract-safe-context allowance-sender => (ok (ok ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG))
;; @call[wallet_2] as-contract-safe-context pay u50 => (ok true)
;; @events stx_transfer
;; @call[wallet_2] as-contract-safe-context nested u500 => (ok (ok false))
;; @events -
;; @call[wallet_2] as-contract-safe-context pay u500 => (err u0)
;; @read as-contract-safe-context held => u950
(define-constant to 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
(define-data-var seen principal tx-sender)
(define-public (deposit (n uint)) (stx-transfer? n tx-sender current-contract))
(define-private (remember (p principal)) (begin (var-set seen p) u100))
(define-public (allowance-sender)
  (ok (as-contract? ((with-stx (remember tx-sender))) (var-get seen))))
(define-public (pay (n uint))
  (as-contract? ((with-stx u100)) (try! (stx-transfer? n tx-sender to))))
(define-public (nested (n uint))
  (ok (as-contract? ((with-stx u1000))
    (is-ok (restrict-assets? tx-sender ((with-stx u100)) (try! (stx-transfer? n tx-sender to)))))))
(define-read-only (held) (stx-get-balance current-contract))
