;; A runtime error inside a function that map applies aborts the whole call.
;; @deploy map-defined-error
;; @read map-defined-error inverses (list 1 2 4) => (100 50 25)
;; @read map-defined-error inverses (list 1 0 4) => !runtime Runtime/DivisionByZero
(define-private (inv (x int)) (/ 100 x))
(define-read-only (inverses (xs (list 5 int))) (map inv xs))
