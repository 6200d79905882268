;; A constant-product pool between two SIP-010 tokens: liquidity in, a swap out at the x*y=k price with a 0.3% fee,
;; and a slippage guard.
;; @epochs 3.0
;; @use sip-010-trait sip-010-trait.clar
;; @use token-a sip-010-token.clar
;; @use token-b sip-010-token.clar
;; @deploy sip-010-trait
;; @deploy token-a
;; @deploy token-b
;; @deploy pool
;; @call token-a mint u100000 $deployer => (ok true)
;; @call token-b mint u100000 $deployer => (ok true)
;; @call token-a mint u1000 $wallet_1 => (ok true)
;; @call pool add-liquidity $deployer.token-a $deployer.token-b u10000 u20000 => (ok true)
;; @call[wallet_1] pool swap-a-for-b $deployer.token-a $deployer.token-b u1000 u2000 => (err u412)
;; @call[wallet_1] pool swap-a-for-b $deployer.token-a $deployer.token-b u1000 u1800 => (ok u1813)
;; @events ft_transfer ft_transfer
;; @read pool reserves => (tuple (a u11000) (b u18187))
;; @read token-b get-balance $wallet_1 => (ok u1813)
;; @contract pool
(use-trait ft .sip-010-trait.sip-010-trait)
(define-data-var reserve-a uint u0)
(define-data-var reserve-b uint u0)
(define-public (add-liquidity (a <ft>) (b <ft>) (amount-a uint) (amount-b uint))
  (begin
    (try! (contract-call? a transfer amount-a tx-sender (as-contract tx-sender) none))
    (try! (contract-call? b transfer amount-b tx-sender (as-contract tx-sender) none))
    (var-set reserve-a (+ (var-get reserve-a) amount-a))
    (var-set reserve-b (+ (var-get reserve-b) amount-b))
    (ok true)))
(define-public (swap-a-for-b (a <ft>) (b <ft>) (amount-in uint) (min-out uint))
  (let ((user tx-sender)
        (in-with-fee (* amount-in u997))
        (out (/ (* in-with-fee (var-get reserve-b)) (+ (* (var-get reserve-a) u1000) in-with-fee))))
    (asserts! (>= out min-out) (err u412))
    (try! (contract-call? a transfer amount-in user (as-contract tx-sender) none))
    (try! (as-contract (contract-call? b transfer out tx-sender user none)))
    (var-set reserve-a (+ (var-get reserve-a) amount-in))
    (var-set reserve-b (- (var-get reserve-b) out))
    (ok out)))
(define-read-only (reserves) {a: (var-get reserve-a), b: (var-get reserve-b)})
