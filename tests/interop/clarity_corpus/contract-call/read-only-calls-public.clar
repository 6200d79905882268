;; A read-only function may not contract-call? a public function: the read-only checker refuses the caller.
;; @deploy writer
;; @deploy reader => !analysis
;; @contract writer
(define-data-var n uint u0)
(define-public (bump) (begin (var-set n (+ (var-get n) u1)) (ok (var-get n))))
;; @contract reader
(define-read-only (sneaky) (contract-call? .writer bump))
