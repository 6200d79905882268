;; stx-transfer? error codes: u1 not enough, u2 to oneself, u3 zero amount, u4 sender is not the caller.
;; @epochs 3.0 3.3
;; @deploy stx-transfer-errors
;; @call[wallet_1] stx-transfer-errors send u1 $wallet_2 => (err u1)
;; @call stx-transfer-errors send u1 $deployer => (err u2)
;; @call stx-transfer-errors send u0 $wallet_1 => (err u3)
;; @call stx-transfer-errors send-from u1 $wallet_1 $wallet_2 => (err u4)
;; @events -
(define-public (send (amount uint) (to principal)) (stx-transfer? amount tx-sender to))
(define-public (send-from (amount uint) (from principal) (to principal)) (stx-transfer? amount from to))
