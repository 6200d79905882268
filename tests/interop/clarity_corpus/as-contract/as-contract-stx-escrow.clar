;; A two-party STX escrow: the buyer deposits into the contract, the seller is paid out by the contract.
;; @epochs 3.0
;; @deploy as-contract-stx-escrow
;; @call as-contract-stx-escrow fund-buyer => (ok true)
;; @call[wallet_1] as-contract-stx-escrow deposit u1000 => (ok true)
;; @call[wallet_2] as-contract-stx-escrow release => (err u403)
;; @call[wallet_1] as-contract-stx-escrow release => (ok true)
;; @events stx_transfer
;; @read as-contract-stx-escrow balances => (tuple (buyer u4000) (contract u0) (seller u1000))
(define-constant seller 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG)
(define-constant buyer 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
(define-data-var amount uint u0)
(define-public (fund-buyer) (stx-transfer? u5000 tx-sender buyer))
(define-public (deposit (n uint))
  (begin (asserts! (is-eq tx-sender buyer) (err u403)) (var-set amount n) (stx-transfer? n tx-sender (as-contract tx-sender))))
(define-public (release)
  (begin (asserts! (is-eq tx-sender buyer) (err u403)) (as-contract (stx-transfer? (var-get amount) tx-sender seller))))
(define-read-only (balances)
  {buyer: (stx-get-balance buyer), seller: (stx-get-balance seller), contract: (stx-get-balance (as-contract tx-sender))})
