;; Defining the same name twice is refused.
;; @deploy constant-redefined => !analysis
(define-constant c 1)
(define-constant c 2)
