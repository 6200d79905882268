;; contract-call? naming the callee by its full principal, and a callee deployed by another account.
;; @deploy[wallet_1] lib
;; @deploy app
;; @call app run => (ok u42)
;; @contract lib
(define-public (answer) (ok u42))
;; @contract app
(define-public (run) (contract-call? 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.lib answer))
