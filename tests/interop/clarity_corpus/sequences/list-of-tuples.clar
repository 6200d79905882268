;; Lists of tuples: filter and fold over records.
;; @deploy list-of-tuples
;; @read list-of-tuples total-active => u30
;; @read list-of-tuples names-active => ("b" "c")
(define-constant accounts (list {name: "a", balance: u5, active: false} {name: "b", balance: u10, active: true} {name: "c", balance: u20, active: true}))
(define-private (active (a {name: (string-ascii 4), balance: uint, active: bool})) (get active a))
(define-private (add-balance (a {name: (string-ascii 4), balance: uint, active: bool}) (t uint)) (+ t (get balance a)))
(define-private (name-of (a {name: (string-ascii 4), balance: uint, active: bool})) (get name a))
(define-read-only (total-active) (fold add-balance (filter active accounts) u0))
(define-read-only (names-active) (map name-of (filter active accounts)))
