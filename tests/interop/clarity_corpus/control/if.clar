;; if evaluates only the branch it takes.
;; @epochs 3.0 3.3
;; @deploy if
;; @read if pick true => 1
;; @read if pick false => 2
;; @read if guarded-div 10 0 => 0
;; @read if guarded-div 10 3 => 3
(define-read-only (pick (c bool)) (if c 1 2))
(define-read-only (guarded-div (a int) (b int)) (if (is-eq b 0) 0 (/ a b)))
