;; A callee's response carries compound values through contract-call?.
;; @deploy registry
;; @deploy client
;; @call client fetch => (ok (tuple (names ("a" "b")) (owner ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)))
;; @contract registry
(define-read-only (info) (ok {names: (list "a" "b"), owner: tx-sender}))
;; @contract client
(define-public (fetch) (contract-call? .registry info))
