;; A principal literal with a bad checksum is refused when the contract is parsed.
;; @deploy bad-principal-literal => !analysis
(define-constant p 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN)
