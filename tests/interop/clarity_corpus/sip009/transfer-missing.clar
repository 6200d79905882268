;; SIP-009: transferring an id that was never minted fails with the native's (err u3).
;; @epochs 3.0 3.3
;; @use sip-009-trait sip-009-trait.clar
;; @use nft sip-009-nft.clar
;; @deploy sip-009-trait
;; @deploy nft
;; @call[wallet_1] nft transfer u9 $wallet_1 $wallet_2 => (err u3)
