;; An nft operation with an id of another type than the token's is refused by the type checker.
;; @deploy nft-wrong-id-type => !analysis
(define-non-fungible-token badge uint)
(define-public (f) (nft-mint? badge 1 tx-sender))
