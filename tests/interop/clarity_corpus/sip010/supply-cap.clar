;; SIP-010: the token's cap of 1,000,000: minting past it stops the call with Runtime(SupplyOverflow).
;; @epochs 3.0 3.3
;; @use sip-010-trait sip-010-trait.clar
;; @use token sip-010-token.clar
;; @deploy sip-010-trait
;; @deploy token
;; @call token mint u999999 $wallet_1 => (ok true)
;; @call token mint u2 $wallet_2 => !runtime Runtime/SupplyOverflow
;; @call token mint u1 $wallet_2 => (ok true)
;; @read token get-total-supply => (ok u1000000)
