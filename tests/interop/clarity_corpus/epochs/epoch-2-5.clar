;; Epoch 2.5 (Clarity 2, costs-3): a contract with maps and an STX transfer.
;; @epochs 2.5
;; @deploy epoch-2-5
;; @call epoch-2-5 pay u10 $wallet_1 => (ok u10)
;; @events stx_transfer
;; @read epoch-2-5 paid-to $wallet_1 => u10
(define-map paid principal uint)
(define-public (pay (n uint) (to principal))
  (begin (try! (stx-transfer? n tx-sender to)) (map-set paid to (+ n (default-to u0 (map-get? paid to)))) (ok n)))
(define-read-only (paid-to (who principal)) (default-to u0 (map-get? paid who)))
