;; is-in-mainnet, chain-id (Clarity 2) and is-in-regtest in the simnet (testnet).
;; @epochs 2.1 3.0 3.3
;; @deploy network-keywords
;; @read network-keywords net => (tuple (chain-id u2147483648) (mainnet false) (regtest false))
(define-read-only (net) {mainnet: is-in-mainnet, chain-id: chain-id, regtest: is-in-regtest})
