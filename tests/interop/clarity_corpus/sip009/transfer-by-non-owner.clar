;; SIP-009: a non-owner cannot transfer (err u101, the contract's check); a sender that names itself but does not own
;; the token gets the native's (err u1).
;; @epochs 3.0 3.3
;; @use sip-009-trait sip-009-trait.clar
;; @use nft sip-009-nft.clar
;; @deploy sip-009-trait
;; @deploy nft
;; @call nft mint $wallet_1 => (ok u1)
;; @call[wallet_2] nft transfer u1 $wallet_1 $wallet_2 => (err u101)
;; @call[wallet_2] nft transfer u1 $wallet_2 $wallet_3 => (err u1)
;; @read nft get-owner u1 => (ok (some ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))
