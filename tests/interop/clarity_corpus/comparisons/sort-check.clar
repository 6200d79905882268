;; Whether a list is sorted, by folding over it with the previous element in the accumulator.
;; @deploy sort-check
;; @read sort-check sorted (list 1 2 2 5) => true
;; @read sort-check sorted (list 1 3 2) => false
;; @read sort-check sorted (list) => true
(define-private (step (x int) (acc {prev: (optional int), ok: bool}))
  {prev: (some x), ok: (and (get ok acc) (match (get prev acc) p (<= p x) true))})
(define-read-only (sorted (xs (list 10 int))) (get ok (fold step xs {prev: none, ok: true})))
