;; ft-transfer? from an account that is not the caller succeeds at the native level: the contract must check.
;; This token does not, so anyone can move anyone's tokens (the unsafe pattern SIP-010 tokens guard against).
;; @deploy ft-transfer-other
;; @call ft-transfer-other mint u10 $wallet_1 => (ok true)
;; @call[wallet_2] ft-transfer-other move u10 $wallet_1 $wallet_2 => (ok true)
;; @read ft-transfer-other balance $wallet_2 => u10
(define-fungible-token coin)
(define-public (mint (amount uint) (to principal)) (ft-mint? coin amount to))
(define-public (move (amount uint) (from principal) (to principal)) (ft-transfer? coin amount from to))
(define-read-only (balance (who principal)) (ft-get-balance coin who))
