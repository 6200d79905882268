;; restrict-assets? (Clarity 4) with an STX allowance: an outflow within it passes, one beyond it is reverted with
;; (err u0), and an asset with no allowance at all gives (err u128).
;; @epochs 3.3
;; @deploy restrict-assets-stx
;; @call restrict-assets-stx pay u50 => (ok true)
;; @events stx_transfer
;; @call restrict-assets-stx pay u150 => (err u0)
;; @call restrict-assets-stx pay-unallowed u1 => (err u128)
;; @read restrict-assets-stx received => u50
(define-constant to 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
(define-public (pay (n uint)) (restrict-assets? tx-sender ((with-stx u100)) (try! (stx-transfer? n tx-sender to))))
(define-public (pay-unallowed (n uint)) (restrict-assets? tx-sender () (try! (stx-transfer? n tx-sender to))))
(define-read-only (received) (stx-get-balance to))
