;; An nft transfer inside a call that returns err is rolled back: the owner is unchanged and no event remains.
;; @deploy nft-rollback
;; @call nft-rollback mint u1 => (ok true)
;; @call nft-rollback give-then-fail u1 $wallet_1 => (err u9)
;; @events -
;; @read nft-rollback owner u1 => (some ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)
(define-non-fungible-token badge uint)
(define-public (mint (id uint)) (nft-mint? badge id tx-sender))
(define-public (give-then-fail (id uint) (to principal)) (begin (try! (nft-transfer? badge id tx-sender to)) (err u9)))
(define-read-only (owner (id uint)) (nft-get-owner? badge id))
