;; A call made inside as-contract reaches the callee with the calling contract as sender and caller.
;; @deploy target
;; @deploy proxy
;; @call[wallet_2] proxy direct => (ok (tuple (caller ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.proxy) (sender ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG)))
;; @call[wallet_2] proxy as-self => (ok (tuple (caller ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.proxy) (sender ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.proxy)))
;; @contract target
(define-public (who) (ok {sender: tx-sender, caller: contract-caller}))
;; @contract proxy
(define-public (direct) (contract-call? .target who))
(define-public (as-self) (as-contract (contract-call? .target who)))
