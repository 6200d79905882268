;; with-all-assets-unsafe (Clarity 4) lifts every limit of as-contract?.
;; @epochs 3.3
;; @deploy with-all-assets-unsafe
;; @call with-all-assets-unsafe deposit u900 => (ok true)
;; @call with-all-assets-unsafe drain $wallet_3 => (ok true)
;; @events stx_transfer
;; @read with-all-assets-unsafe held => u0
(define-public (deposit (n uint)) (stx-transfer? n tx-sender current-contract))
(define-public (drain (to principal))
  (as-contract? ((with-all-assets-unsafe)) (try! (stx-transfer? (stx-get-balance tx-sender) tx-sender to))))
(define-read-only (held) (stx-get-balance current-contract))
