;; tx-sender and contract-caller from a direct call: both are the transaction's sender.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy tx-sender-caller
;; @call tx-sender-caller who => (ok (tuple (caller ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM) (sender ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)))
;; @read[wallet_3] tx-sender-caller who-ro => (tuple (caller ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC) (sender ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC))
(define-public (who) (ok {sender: tx-sender, caller: contract-caller}))
(define-read-only (who-ro) {sender: tx-sender, caller: contract-caller})
