;; A function that calls itself is refused.
;; @deploy self-recursion => !analysis
(define-private (fact (n uint)) (if (is-eq n u0) u1 (* n (fact (- n u1)))))
