;; Constants defined in terms of each other are refused.
;; @deploy circular-constants => !analysis
(define-constant a (+ b 1))
(define-constant b (+ a 1))
