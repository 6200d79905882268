;; One transaction emitting every kind of event: STX, FT and NFT transfers, mints, burns and prints, in order.
;; @epochs 3.0 3.3
;; @deploy events-mixed
;; @call events-mixed everything => (ok true)
;; @events ft_mint ft_transfer ft_burn nft_mint nft_transfer nft_mint nft_burn stx_transfer stx_burn print
(define-fungible-token ft)
(define-non-fungible-token nft uint)
(define-public (everything)
  (begin
    (try! (ft-mint? ft u10 tx-sender))
    (try! (ft-transfer? ft u4 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))
    (try! (ft-burn? ft u1 tx-sender))
    (try! (nft-mint? nft u1 tx-sender))
    (try! (nft-transfer? nft u1 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))
    (try! (nft-mint? nft u2 tx-sender))
    (try! (nft-burn? nft u2 tx-sender))
    (try! (stx-transfer? u7 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))
    (try! (stx-burn? u3 tx-sender))
    (print "done")
    (ok true)))
