;; nft-transfer? by the owner succeeds (nft_transfer event); error codes: u1 not the owner, u2 to oneself, u3 no such
;; asset.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy nft-transfer
;; @call nft-transfer mint u7 => (ok true)
;; @call nft-transfer give u7 $wallet_1 => (ok true)
;; @events nft_transfer
;; @call nft-transfer give u7 $wallet_2 => (err u1)
;; @call[wallet_1] nft-transfer give u7 $wallet_1 => (err u2)
;; @call nft-transfer give u8 $wallet_1 => (err u3)
;; @read nft-transfer owner u7 => (some ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
(define-non-fungible-token badge uint)
(define-public (mint (id uint)) (nft-mint? badge id tx-sender))
(define-public (give (id uint) (to principal)) (nft-transfer? badge id tx-sender to))
(define-read-only (owner (id uint)) (nft-get-owner? badge id))
