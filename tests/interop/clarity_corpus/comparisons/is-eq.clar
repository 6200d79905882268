;; is-eq on every kind of value, variadic: all arguments must be equal.
;; @epochs 3.0 3.3
;; @deploy is-eq
;; @read is-eq ints 1 1 1 => true
;; @read is-eq ints 1 1 2 => false
;; @read is-eq strings "abc" "abc" => true
;; @read is-eq strings "abc" "abd" => false
;; @read is-eq lists (list 1 2) (list 1 2) => true
;; @read is-eq lists (list 1 2) (list 2 1) => false
;; @read is-eq tuples {a: 1, b: (some u2)} {a: 1, b: (some u2)} => true
;; @read is-eq tuples {a: 1, b: (some u2)} {a: 1, b: none} => false
;; @read is-eq principals $wallet_1 $wallet_1 => true
;; @read is-eq principals $wallet_1 $deployer.is-eq => false
;; @read is-eq responses (ok 1) (err u1) => false
(define-read-only (ints (a int) (b int) (c int)) (is-eq a b c))
(define-read-only (strings (a (string-ascii 8)) (b (string-ascii 8))) (is-eq a b))
(define-read-only (lists (a (list 4 int)) (b (list 4 int))) (is-eq a b))
(define-read-only (tuples (a {a: int, b: (optional uint)}) (b {a: int, b: (optional uint)})) (is-eq a b))
(define-read-only (principals (a principal) (b principal)) (is-eq a b))
(define-read-only (responses (a (response int uint)) (b (response int uint))) (is-eq a b))
