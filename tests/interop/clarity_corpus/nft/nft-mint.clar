;; nft-mint? creates an asset owned by the recipient (nft_mint event); minting the same id again fails with u1.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy nft-mint
;; @call nft-mint mint u1 $wallet_1 => (ok true)
;; @events nft_mint
;; @call nft-mint mint u1 $wallet_2 => (err u1)
;; @read nft-mint owner u1 => (some ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
;; @read nft-mint owner u2 => none
(define-non-fungible-token badge uint)
(define-public (mint (id uint) (to principal)) (nft-mint? badge id to))
(define-read-only (owner (id uint)) (nft-get-owner? badge id))
