;; append adds one item at the end of a list, within the declared maximum.
;; @deploy append
;; @call append add 1 => (ok u1)
;; @call append add 2 => (ok u2)
;; @call append add 3 => (ok u3)
;; @call append add 4 => (err u0)
;; @read append get-items => (1 2 3)
(define-data-var items (list 3 int) (list))
(define-public (add (x int))
  (begin
    (var-set items (unwrap! (as-max-len? (append (var-get items) x) u3) (err u0)))
    (ok (len (var-get items)))))
(define-read-only (get-items) (var-get items))
