;; SIP-010 through the trait: a payment contract pays with any SIP-010 token it is given.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @use sip-010-trait sip-010-trait.clar
;; @use token sip-010-token.clar
;; @deploy sip-010-trait
;; @deploy token
;; @deploy payer
;; @call token mint u500 $wallet_1 => (ok true)
;; @call[wallet_1] payer pay $deployer.token u200 $wallet_2 => (ok u200)
;; @events ft_transfer print
;; @read token get-balance $wallet_2 => (ok u200)
;; @contract payer
(use-trait ft .sip-010-trait.sip-010-trait)
(define-public (pay (t <ft>) (amount uint) (to principal))
  (begin
    (try! (contract-call? t transfer amount tx-sender to (some 0x7061796d656e74)))
    (ok amount)))
