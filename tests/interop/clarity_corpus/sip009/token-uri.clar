;; SIP-009: the token URI is built from the id (int-to-ascii, Clarity 2).
;; @epochs 2.1 3.0 3.3
;; @use sip-009-trait sip-009-trait.clar
;; @use nft sip-009-nft.clar
;; @deploy sip-009-trait
;; @deploy nft
;; @read nft get-token-uri u1 => (ok (some "ipfs://stacks-cats/1"))
;; @read nft get-token-uri u12345 => (ok (some "ipfs://stacks-cats/12345"))
