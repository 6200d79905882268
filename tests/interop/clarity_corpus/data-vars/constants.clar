;; define-constant: values computed once at deployment, usable everywhere, including in other constants.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy constants
;; @read constants all => (tuple (big u1000000) (owner ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM) (pair (tuple (a 1) (b "x"))) (sq u1000000000000))
(define-constant big u1000000)
(define-constant sq (* big big))
(define-constant owner tx-sender)
(define-constant pair {a: 1, b: "x"})
(define-read-only (all) {big: big, sq: sq, owner: owner, pair: pair})
