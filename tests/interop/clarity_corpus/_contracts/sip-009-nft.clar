;; A SIP-009 collection: the deployer mints sequential ids, owners transfer and burn their own tokens.
(impl-trait .sip-009-trait.nft-trait)

(define-non-fungible-token stacks-cat uint)

(define-constant contract-owner tx-sender)
(define-constant err-owner-only (err u100))
(define-constant err-not-token-owner (err u101))

(define-data-var last-token-id uint u0)

(define-read-only (get-last-token-id) (ok (var-get last-token-id)))

(define-read-only (get-token-uri (token-id uint))
  (ok (some (concat "ipfs://stacks-cats/" (int-to-ascii token-id)))))

(define-read-only (get-owner (token-id uint))
  (ok (nft-get-owner? stacks-cat token-id)))

(define-public (transfer (token-id uint) (sender principal) (recipient principal))
  (begin
    (asserts! (is-eq tx-sender sender) err-not-token-owner)
    (nft-transfer? stacks-cat token-id sender recipient)))

(define-public (mint (recipient principal))
  (let ((token-id (+ (var-get last-token-id) u1)))
    (asserts! (is-eq tx-sender contract-owner) err-owner-only)
    (try! (nft-mint? stacks-cat token-id recipient))
    (var-set last-token-id token-id)
    (ok token-id)))

(define-public (burn (token-id uint))
  (begin
    (asserts! (is-eq (some tx-sender) (nft-get-owner? stacks-cat token-id)) err-not-token-owner)
    (nft-burn? stacks-cat token-id tx-sender)))
