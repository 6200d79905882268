;; An STX transfer inside a call that then fails at run time is rolled back with its event.
;; @deploy stx-rollback
;; @call stx-rollback send-then-panic u10 $wallet_1 => !runtime Runtime/UnwrapFailure
;; @read stx-rollback balance $wallet_1 => u0
(define-public (send-then-panic (amount uint) (to principal))
  (begin (try! (stx-transfer? amount tx-sender to)) (ok (unwrap-panic (element-at (list 1) u3)))))
(define-read-only (balance (who principal)) (stx-get-balance who))
