;; with-nft (Clarity 4): an allowance for listed non-fungible token ids; another id is refused with (err u0).
;; @epochs 3.3
;; @deploy with-nft
;; @call with-nft setup => (ok true)
;; @call with-nft send u1 => (ok true)
;; @events nft_transfer
;; @call with-nft send u3 => (err u0)
;; @read with-nft owner u3 => (some ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)
(define-non-fungible-token art uint)
(define-constant to 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
(define-public (setup)
  (begin (try! (nft-mint? art u1 tx-sender)) (try! (nft-mint? art u2 tx-sender)) (nft-mint? art u3 tx-sender)))
(define-public (send (id uint))
  (restrict-assets? tx-sender ((with-nft current-contract "art" (list u1 u2))) (try! (nft-transfer? art id tx-sender to))))
(define-read-only (owner (id uint)) (nft-get-owner? art id))
