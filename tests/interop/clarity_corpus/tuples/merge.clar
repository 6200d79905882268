;; merge combines two tuples; fields of the second replace those of the first, even with another type.
;; @epochs 3.0 3.3
;; @deploy merge
;; @read merge add-field {a: 1} => (tuple (a 1) (b u2))
;; @read merge override {a: 1, b: u2} => (tuple (a 3) (b u2))
;; @read merge retype {a: 1} => (tuple (a "x"))
(define-read-only (add-field (t {a: int})) (merge t {b: u2}))
(define-read-only (override (t {a: int, b: uint})) (merge t {a: 3}))
(define-read-only (retype (t {a: int})) (merge t {a: "x"}))
