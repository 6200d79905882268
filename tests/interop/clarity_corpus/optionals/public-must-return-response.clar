;; A public function must return a response; returning a plain value is refused by the type checker.
;; @deploy public-must-return-response => !analysis
(define-public (f) u1)
