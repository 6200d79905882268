;; A runtime error while a contract's top level runs aborts the deployment: the contract does not exist afterwards.
;; @deploy runtime-error-at-deploy => !runtime Runtime/DivisionByZero
;; @call runtime-error-at-deploy f => !call
(define-public (f) (ok u1))
(define-constant bad (/ u1 u0))
