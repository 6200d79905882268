;; SIP-010: a transfer with a memo prints the memo after the transfer event.
;; @epochs 3.0 3.3
;; @use sip-010-trait sip-010-trait.clar
;; @use token sip-010-token.clar
;; @deploy sip-010-trait
;; @deploy token
;; @call token mint u10 $wallet_1 => (ok true)
;; @call[wallet_1] token transfer u10 $wallet_1 $wallet_3 (some 0x696e766f6963652d3432) => (ok true)
;; @events ft_transfer print
;; @read token get-balance $wallet_3 => (ok u10)
