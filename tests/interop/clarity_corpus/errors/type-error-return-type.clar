;; A public function's branches must return the same response type.
;; @deploy type-error-return-type => !analysis
(define-public (f (b bool)) (if b (ok u1) (ok 1)))
