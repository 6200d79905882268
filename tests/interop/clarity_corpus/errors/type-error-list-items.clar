;; A list's items must share one type.
;; @deploy type-error-list-items => !analysis
(define-constant l (list 1 u2))
