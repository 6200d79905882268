;; Minting a batch of ids in one call with fold, each with its event.
;; @deploy nft-many
;; @call nft-many mint-batch (list u1 u2 u3 u4) => (ok u4)
;; @events nft_mint nft_mint nft_mint nft_mint
;; @call nft-many mint-batch (list u5 u2) => (err u1)
;; @events -
;; @read nft-many owner u5 => none
(define-non-fungible-token badge uint)
(define-private (mint-one (id uint) (acc (response uint uint)))
  (begin (try! acc) (unwrap! (nft-mint? badge id tx-sender) (err u1)) (ok (+ (unwrap-panic acc) u1))))
(define-public (mint-batch (ids (list 10 uint))) (fold mint-one ids (ok u0)))
(define-read-only (owner (id uint)) (nft-get-owner? badge id))
