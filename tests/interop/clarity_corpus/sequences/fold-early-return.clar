;; A fold whose step function returns a response threads errors with try!: the first err stops the accumulation.
;; @deploy fold-early-return
;; @read fold-early-return checked-sum (list 1 2 3) => (ok 6)
;; @read fold-early-return checked-sum (list 1 -2 3) => (err -2)
(define-private (step (x int) (acc (response int int)))
  (let ((total (try! acc)))
    (if (< x 0) (err x) (ok (+ total x)))))
(define-read-only (checked-sum (xs (list 10 int))) (fold step xs (ok 0)))
