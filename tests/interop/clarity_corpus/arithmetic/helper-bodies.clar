;; User functions whose whole body is arithmetic over their own arguments (the evaluator's arithmetic fast path),
;; called through folds and directly: values and all five cost dimensions, over int and uint, nested calls, and
;; each way the arithmetic fails (overflow, underflow, division by zero, MIN / -1) partway through a fold.
;; @epochs 2.0 2.05 2.1 3.0 3.3 3.4 4.0
;; @deploy helper-bodies
;; @call helper-bodies sum-squares (list 1 2 3 -4) => (ok 30)
;; @call helper-bodies sum-squares (list 2 20000000000000000000) => !runtime Runtime/ArithmeticOverflow
;; @call helper-bodies mixed (list u9 u100 u7) => (ok u192)
;; @call helper-bodies mixed (list u5 u6) => !runtime Runtime/ArithmeticUnderflow
;; @call helper-bodies nested (list 2 3) => (ok 82)
;; @call helper-bodies divide (list 2 -3) 100 => (ok -16)
;; @call helper-bodies divide (list 2 0) 100 => !runtime Runtime/DivisionByZero
;; @call helper-bodies divide (list -1) -170141183460469231731687303715884105728 => !runtime Runtime/DivisionByZero
;; @read helper-bodies direct 3 4 => 13
(define-private (step (x int) (acc int)) (+ acc (* x x)))
(define-private (ustep (x uint) (acc uint)) (- (+ (* acc u3) (/ x u2)) (mod x u7)))
(define-private (deep (x int) (acc int)) (+ 1 (+ 2 (+ 3 (+ 4 (* x acc (- x 1)))))))
(define-private (ratio (x int) (acc int)) (/ acc x))
(define-public (sum-squares (xs (list 20 int))) (ok (fold step xs 0)))
(define-public (mixed (xs (list 20 uint))) (ok (fold ustep xs u1)))
(define-public (nested (xs (list 20 int))) (ok (fold deep xs 1)))
(define-public (divide (xs (list 20 int)) (start int)) (ok (fold ratio xs start)))
(define-read-only (direct (x int) (y int)) (step x y))
