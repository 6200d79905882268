;; A read-only function may not write a data var, even through a private function it calls.
;; @deploy read-only-violation => !analysis
(define-data-var x uint u0)
(define-private (bump) (var-set x u1))
(define-read-only (f) (bump))
