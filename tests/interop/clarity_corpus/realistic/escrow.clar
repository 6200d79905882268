;; An STX escrow with an arbiter: the buyer deposits, the arbiter releases to the seller or refunds the buyer, once.
;; @epochs 3.0
;; @deploy escrow
;; @call escrow fund $wallet_1 u10000 => (ok true)
;; @call[wallet_1] escrow open $wallet_2 u3000 => (ok u1)
;; @events stx_transfer
;; @call[wallet_1] escrow open $wallet_2 u3000 => (ok u2)
;; @call[wallet_2] escrow release u1 => (err u401)
;; @call escrow release u1 => (ok true)
;; @events stx_transfer
;; @call escrow release u1 => (err u410)
;; @call escrow refund u2 => (ok true)
;; @read escrow balances => (tuple (buyer u7000) (escrow u0) (seller u3000))
(define-constant arbiter tx-sender)
(define-data-var next-id uint u1)
(define-map deals uint {buyer: principal, seller: principal, amount: uint, open: bool})
(define-public (fund (who principal) (amount uint)) (stx-transfer? amount tx-sender who))
(define-public (open (seller principal) (amount uint))
  (let ((id (var-get next-id)))
    (try! (stx-transfer? amount tx-sender (as-contract tx-sender)))
    (map-set deals id {buyer: tx-sender, seller: seller, amount: amount, open: true})
    (var-set next-id (+ id u1))
    (ok id)))
(define-private (settle (id uint) (to-seller bool))
  (let ((d (unwrap! (map-get? deals id) (err u404))))
    (asserts! (is-eq tx-sender arbiter) (err u401))
    (asserts! (get open d) (err u410))
    (map-set deals id (merge d {open: false}))
    (as-contract (stx-transfer? (get amount d) tx-sender (if to-seller (get seller d) (get buyer d))))))
(define-public (release (id uint)) (settle id true))
(define-public (refund (id uint)) (settle id false))
(define-read-only (balances)
  {buyer: (stx-get-balance 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5),
   seller: (stx-get-balance 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG),
   escrow: (stx-get-balance (as-contract tx-sender))})
