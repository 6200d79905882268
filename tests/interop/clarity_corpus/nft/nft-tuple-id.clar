;; Non-fungible tokens identified by tuples and by strings.
;; @epochs 3.0 3.3
;; @deploy nft-tuple-id
;; @call nft-tuple-id mint-seat u3 u14 => (ok true)
;; @events nft_mint
;; @call nft-tuple-id mint-seat u3 u14 => (err u1)
;; @call nft-tuple-id mint-name "alice.btc" => (ok true)
;; @read nft-tuple-id owners => (tuple (name (some ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)) (seat (some ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)))
(define-non-fungible-token seat {row: uint, col: uint})
(define-non-fungible-token name (string-ascii 16))
(define-public (mint-seat (row uint) (col uint)) (nft-mint? seat {row: row, col: col} tx-sender))
(define-public (mint-name (n (string-ascii 16))) (nft-mint? name n tx-sender))
(define-read-only (owners) {seat: (nft-get-owner? seat {row: u3, col: u14}), name: (nft-get-owner? name "alice.btc")})
