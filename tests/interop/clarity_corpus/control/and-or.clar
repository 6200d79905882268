;; and and or short-circuit: the division by zero after a decisive argument is never evaluated.
;; @epochs 3.0 3.3
;; @deploy and-or
;; @read and-or and-test false 0 => false
;; @read and-or and-test true 1 => true
;; @read and-or and-test true 0 => !runtime Runtime/DivisionByZero
;; @read and-or or-test true 0 => true
;; @read and-or or-test false 0 => !runtime Runtime/DivisionByZero
;; @read and-or many true true false => (tuple (all false) (any true) (none-set false))
(define-read-only (and-test (c bool) (d int)) (and c (is-eq (/ 10 d) 10)))
(define-read-only (or-test (c bool) (d int)) (or c (is-eq (/ 10 d) 10)))
(define-read-only (many (a bool) (b bool) (c bool)) {all: (and a b c), any: (or a b c), none-set: (not (or a b c))})
