;; with-staking and with-pox (Clarity 6) allowances around a body that stakes nothing: the result is (ok value).
;; with-stacking, their Clarity 4/5 spelling, is gone in Clarity 6.
;; @epochs 4.0
;; @deploy staking-allowances
;; @call staking-allowances f => (ok u5)
;; @call staking-allowances g => (ok u6)
;; @deploy old-spelling => !analysis
;; @contract staking-allowances
(define-public (f) (restrict-assets? tx-sender ((with-staking u1000)) u5))
(define-public (g) (as-contract? ((with-pox)) u6))
;; @contract old-spelling
(define-public (f) (restrict-assets? tx-sender ((with-stacking u1000)) u5))
