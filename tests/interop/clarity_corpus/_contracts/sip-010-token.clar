;; A SIP-010 token: a capped supply the deployer mints, transfers only by the sender themself, the memo printed.
(impl-trait .sip-010-trait.sip-010-trait)

(define-fungible-token clarity-coin u1000000)

(define-constant contract-owner tx-sender)
(define-constant err-owner-only (err u100))
(define-constant err-not-token-owner (err u101))

(define-public (transfer (amount uint) (sender principal) (recipient principal) (memo (optional (buff 34))))
  (begin
    (asserts! (is-eq tx-sender sender) err-not-token-owner)
    (try! (ft-transfer? clarity-coin amount sender recipient))
    (match memo to-print (print to-print) 0x)
    (ok true)))

(define-read-only (get-name) (ok "Clarity Coin"))
(define-read-only (get-symbol) (ok "CC"))
(define-read-only (get-decimals) (ok u6))
(define-read-only (get-balance (who principal)) (ok (ft-get-balance clarity-coin who)))
(define-read-only (get-total-supply) (ok (ft-get-supply clarity-coin)))
(define-read-only (get-token-uri) (ok (some u"https://example.com/clarity-coin.json")))

(define-public (mint (amount uint) (recipient principal))
  (begin
    (asserts! (is-eq tx-sender contract-owner) err-owner-only)
    (ft-mint? clarity-coin amount recipient)))

(define-public (burn (amount uint))
  (ft-burn? clarity-coin amount tx-sender))
