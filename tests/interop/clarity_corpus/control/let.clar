;; let binds in order: a later binding sees the earlier ones; the body is a sequence whose last value is the result.
;; @epochs 3.0 3.3
;; @deploy let
;; @read let chain 2 => 12
;; @read let nested 3 => (tuple (inner 7) (outer 3))
(define-read-only (chain (x int)) (let ((a (+ x 1)) (b (* a 2)) (c (+ a b))) (print c) (+ c 3)))
(define-read-only (nested (x int)) (let ((outer x)) (let ((inner (+ outer 4))) {outer: outer, inner: inner})))
