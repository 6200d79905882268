;; nft-burn? naming a sender that does not own the asset fails with u1.
;; @deploy nft-burn-not-owner
;; @call nft-burn-not-owner mint u1 $wallet_1 => (ok true)
;; @call nft-burn-not-owner burn-from u1 $wallet_2 => (err u1)
;; @read nft-burn-not-owner owner u1 => (some ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
(define-non-fungible-token badge uint)
(define-public (mint (id uint) (to principal)) (nft-mint? badge id to))
(define-public (burn-from (id uint) (from principal)) (nft-burn? badge id from))
(define-read-only (owner (id uint)) (nft-get-owner? badge id))
