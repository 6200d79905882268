;; with-stacking (Clarity 4 and 5) is an allowance for stacking; with no stacking in the body it changes nothing.
;; Outside restrict-assets?/as-contract? it is refused.
;; @epochs 3.3
;; @deploy with-stacking
;; @call with-stacking f => (ok u7)
;; @deploy bare-allowance => !analysis
;; @contract with-stacking
(define-public (f) (restrict-assets? tx-sender ((with-stacking u1000)) u7))
;; @contract bare-allowance
(define-read-only (f) (with-stx u1))
