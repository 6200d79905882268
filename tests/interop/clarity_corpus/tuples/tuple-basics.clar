;; Tuples: construction in both syntaxes, get, and the Display order of fields (by name).
;; @epochs 3.0 3.3
;; @deploy tuple-basics
;; @read tuple-basics make 1 "x" => (tuple (name "x") (value 1))
;; @read tuple-basics pick {value: 7, name: "y"} => 7
;; @read tuple-basics same => true
(define-read-only (make (v int) (n (string-ascii 4))) {value: v, name: n})
(define-read-only (pick (t {value: int, name: (string-ascii 4)})) (get value t))
(define-read-only (same) (is-eq (tuple (a 1) (b u2)) {b: u2, a: 1}))
