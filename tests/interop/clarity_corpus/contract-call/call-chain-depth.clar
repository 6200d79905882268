;; Five contracts calling each other in a chain; the sender seen at the bottom is still the transaction's sender.
;; @deploy c5
;; @deploy c4
;; @deploy c3
;; @deploy c2
;; @deploy c1
;; @call[wallet_1] c1 who => (ok (tuple (caller ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c4) (sender ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)))
;; @contract c5
(define-public (who) (ok {sender: tx-sender, caller: contract-caller}))
;; @contract c4
(define-public (who) (contract-call? .c5 who))
;; @contract c3
(define-public (who) (contract-call? .c4 who))
;; @contract c2
(define-public (who) (contract-call? .c3 who))
;; @contract c1
(define-public (who) (contract-call? .c2 who))
