;; Arithmetic in a Clarity 1 contract (at 2.1 and at 3.0, where the costs differ).
;; @epochs 2.0 2.05 2.1 3.0
;; @clarity 1
;; @deploy arithmetic-clarity1
;; @read arithmetic-clarity1 poly 3 => 14
;; @read arithmetic-clarity1 poly -4 => 41
;; @read arithmetic-clarity1 mean (list 1 2 3 4) => 2
;; @read arithmetic-clarity1 mean (list) => !runtime Runtime/DivisionByZero
(define-read-only (poly (x int)) (+ (* 2 x x) (* -3 x) (- 5 (/ 8 2)) (mod x 2) (pow x 1) (- (sqrti (* x x)) (log2 (+ 1 (* x x)))) ))
(define-read-only (mean (xs (list 10 int))) (/ (fold + xs 0) (to-int (len xs))))
