;; An NFT marketplace over the SIP-009 trait: a seller lists a token (the market takes custody), a buyer pays STX and
;; receives it; the wrong collection, a missing listing and a second purchase are refused.
;; @epochs 3.0
;; @use sip-009-trait sip-009-trait.clar
;; @use nft sip-009-nft.clar
;; @deploy sip-009-trait
;; @deploy nft
;; @deploy other-nft
;; @deploy market
;; @call market fund $wallet_2 u5000 => (ok true)
;; @call nft mint $wallet_1 => (ok u1)
;; @call[wallet_1] market list-token $deployer.nft u1 u1500 => (ok u1)
;; @events nft_transfer
;; @read nft get-owner u1 => (ok (some ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.market))
;; @call[wallet_2] market buy $deployer.other-nft u1 => (err u403)
;; @call[wallet_2] market buy $deployer.nft u7 => (err u404)
;; @call[wallet_2] market buy $deployer.nft u1 => (ok true)
;; @events stx_transfer nft_transfer
;; @call[wallet_3] market buy $deployer.nft u1 => (err u404)
;; @read nft get-owner u1 => (ok (some ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG))
;; @read market balances => (tuple (buyer u3500) (seller u1500))
;; @contract other-nft
(impl-trait .sip-009-trait.nft-trait)
(define-read-only (get-last-token-id) (ok u0))
(define-read-only (get-token-uri (id uint)) (ok none))
(define-read-only (get-owner (id uint)) (ok none))
(define-public (transfer (id uint) (from principal) (to principal)) (ok true))
;; @contract market
(use-trait nft-trait .sip-009-trait.nft-trait)
(define-data-var next-listing uint u1)
(define-map listings uint {seller: principal, collection: principal, token-id: uint, price: uint})
(define-public (fund (who principal) (amount uint)) (stx-transfer? amount tx-sender who))
(define-public (list-token (collection <nft-trait>) (token-id uint) (price uint))
  (let ((id (var-get next-listing)))
    (try! (contract-call? collection transfer token-id tx-sender (as-contract tx-sender)))
    (map-set listings id {seller: tx-sender, collection: (contract-of collection), token-id: token-id, price: price})
    (var-set next-listing (+ id u1))
    (ok id)))
(define-public (buy (collection <nft-trait>) (listing-id uint))
  (let ((l (unwrap! (map-get? listings listing-id) (err u404))) (buyer tx-sender))
    (asserts! (is-eq (contract-of collection) (get collection l)) (err u403))
    (try! (stx-transfer? (get price l) buyer (get seller l)))
    (try! (as-contract (contract-call? collection transfer (get token-id l) tx-sender buyer)))
    (map-delete listings listing-id)
    (ok true)))
(define-read-only (balances)
  {seller: (stx-get-balance 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5),
   buyer: (stx-get-balance 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG)})
