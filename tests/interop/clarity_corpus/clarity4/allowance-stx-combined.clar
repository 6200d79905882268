;; with-stx bounds STX transferred and STX burned each on its own; from Epoch 3.4 their sum is also checked and
;; exceeding it is a violation of that allowance. Before 3.4 a sum over the allowance (each part within it) stops
;; the call with the reference's internal error.
;; @epochs 3.3 3.4
;; @deploy allowance-stx-combined
;; @call allowance-stx-combined pay-and-burn u60 u30 => (ok true)
;; @events stx_transfer stx_burn
;; @call allowance-stx-combined pay-and-burn u60 u60 => (err u0) =>[3.3] !runtime
;; @call allowance-stx-combined pay-and-burn u150 u0 => (err u0)
;; @call allowance-stx-combined burn-only u101 => (err u0)
;; @call allowance-stx-combined pay-two-limits u60 u60 => (err u1) =>[3.3] !runtime
;; @read allowance-stx-combined received => u60
(define-constant to 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
(define-public (pay-and-burn (n uint) (b uint))
  (restrict-assets? tx-sender ((with-stx u100))
    (try! (stx-transfer? n tx-sender to))
    (if (> b u0) (try! (stx-burn? b tx-sender)) true)))
(define-public (burn-only (b uint))
  (restrict-assets? tx-sender ((with-stx u100)) (try! (stx-burn? b tx-sender))))
(define-public (pay-two-limits (n uint) (b uint))
  (restrict-assets? tx-sender ((with-stx u500) (with-stx u100))
    (try! (stx-transfer? n tx-sender to))
    (try! (stx-burn? b tx-sender))))
(define-read-only (received) (stx-get-balance to))
