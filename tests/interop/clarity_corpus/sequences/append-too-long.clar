;; Storing an appended list longer than the variable's type allows is refused by the type checker.
;; @deploy append-too-long => !analysis
(define-data-var items (list 3 int) (list))
(define-public (add (x int)) (ok (var-set items (append (var-get items) x))))
