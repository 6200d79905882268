;; list construction, len, and lists as arguments up to their declared maximum.
;; @epochs 3.0 3.3
;; @deploy list-basics
;; @read list-basics build 1 2 => (1 2 3)
;; @read list-basics size (list 1 2 3 4 5) => u5
;; @read list-basics size (list) => u0
(define-read-only (build (a int) (b int)) (list a b (+ a b)))
(define-read-only (size (xs (list 5 int))) (len xs))
