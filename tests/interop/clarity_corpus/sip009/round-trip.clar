;; SIP-009: a token goes around three holders and back to the first.
;; @epochs 3.0
;; @use sip-009-trait sip-009-trait.clar
;; @use nft sip-009-nft.clar
;; @deploy sip-009-trait
;; @deploy nft
;; @call nft mint $wallet_1 => (ok u1)
;; @call[wallet_1] nft transfer u1 $wallet_1 $wallet_2 => (ok true)
;; @call[wallet_2] nft transfer u1 $wallet_2 $wallet_3 => (ok true)
;; @call[wallet_3] nft transfer u1 $wallet_3 $wallet_1 => (ok true)
;; @read nft get-owner u1 => (ok (some ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))
