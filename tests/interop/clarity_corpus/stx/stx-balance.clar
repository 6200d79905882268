;; stx-get-balance: the deployer holds 100,000,000 STX when a run starts, other accounts nothing.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy stx-balance
;; @read stx-balance balance $deployer => u100000000000000
;; @read stx-balance balance $wallet_1 => u0
;; @read stx-balance balance $deployer.stx-balance => u0
(define-read-only (balance (who principal)) (stx-get-balance who))
