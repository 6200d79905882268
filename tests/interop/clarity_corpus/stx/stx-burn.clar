;; stx-burn? destroys the caller's micro-STX (stx_burn event); more than the balance fails with u1, zero with u3.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy stx-burn
;; @call stx-burn burn u500 => (ok true)
;; @events stx_burn
;; @call stx-burn burn u0 => (err u3)
;; @call[wallet_1] stx-burn burn u1 => (err u1)
;; @read stx-burn balance $deployer => u99999999999500
(define-public (burn (amount uint)) (stx-burn? amount tx-sender))
(define-read-only (balance (who principal)) (stx-get-balance who))
