;; stx-transfer-memo? (Clarity 2) carries a memo in its event.
;; @epochs 2.1 3.0 3.3
;; @deploy stx-transfer-memo
;; @call stx-transfer-memo send u5 $wallet_1 0x68656c6c6f => (ok true)
;; @events stx_transfer
;; @call stx-transfer-memo send u5 $wallet_1 0x => (ok true)
;; @events stx_transfer
(define-public (send (amount uint) (to principal) (memo (buff 34))) (stx-transfer-memo? amount tx-sender to memo))
