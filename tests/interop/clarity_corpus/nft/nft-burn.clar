;; nft-burn? destroys an asset (nft_burn event); the id can then be minted again.
;; @epochs 3.0 3.3
;; @deploy nft-burn
;; @call nft-burn mint u1 => (ok true)
;; @call nft-burn burn u1 => (ok true)
;; @events nft_burn
;; @read nft-burn owner u1 => none
;; @call nft-burn burn u1 => (err u3)
;; @call nft-burn mint u1 => (ok true)
;; @read nft-burn owner u1 => (some ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)
(define-non-fungible-token badge uint)
(define-public (mint (id uint)) (nft-mint? badge id tx-sender))
(define-public (burn (id uint)) (nft-burn? badge id tx-sender))
(define-read-only (owner (id uint)) (nft-get-owner? badge id))
