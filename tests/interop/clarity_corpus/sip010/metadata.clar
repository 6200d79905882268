;; SIP-010: the token's read-only metadata functions.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @use sip-010-trait sip-010-trait.clar
;; @use token sip-010-token.clar
;; @deploy sip-010-trait
;; @deploy token
;; @read token get-name => (ok "Clarity Coin")
;; @read token get-symbol => (ok "CC")
;; @read token get-decimals => (ok u6)
;; @read token get-token-uri => (ok (some u"https://example.com/clarity-coin.json"))
