;; is-in-mainnet and chain-id do not exist in Clarity 1; is-in-regtest does.
;; @epochs 2.0 2.05 2.1
;; @clarity 1
;; @deploy regtest-c1
;; @read regtest-c1 r => false
;; @deploy mainnet-c1 => !analysis
;; @contract regtest-c1
(define-read-only (r) is-in-regtest)
;; @contract mainnet-c1
(define-read-only (m) is-in-mainnet)
