;; A private function called with too few arguments: the reference's type checker lets the contract through, and the
;; call fails at run time with RuntimeCheck(IncorrectArgumentCount).
;; @deploy bad-arity-defined
;; @read bad-arity-defined f => !runtime RuntimeCheck/IncorrectArgumentCount
(define-private (g (a int) (b int)) (+ a b))
(define-read-only (f) (g 1))
