;; Functions that call each other (recursion) are refused: Clarity has no recursion.
;; @deploy circular-definitions => !analysis
(define-private (ping (n uint)) (if (is-eq n u0) u0 (pong (- n u1))))
(define-private (pong (n uint)) (if (is-eq n u0) u1 (ping (- n u1))))
