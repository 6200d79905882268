;; Two parameters with the same name: the contract deploys, and a call fails when it binds the second one, with
;; RuntimeCheck(NameAlreadyUsed).
;; @deploy duplicate-argument
;; @read duplicate-argument f 1 2 => !runtime RuntimeCheck/NameAlreadyUsed
(define-read-only (f (a int) (a int)) a)
