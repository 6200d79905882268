;; A short return from inside nested lets and a private function call leaves only the innermost function.
;; @deploy early-return-nested
;; @read early-return-nested outer 5 => (ok (tuple (a (ok 5)) (b (err u1))))
(define-private (inner (x int))
  (let ((y (unwrap! (if (> x 0) (some x) none) (err u1))))
    (let ((z (+ y 0))) (ok z))))
(define-read-only (outer (x int)) (ok {a: (inner x), b: (inner (- x))}))
