;; Dynamic dispatch: a function takes any contract implementing a trait and calls through it.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy shape-trait
;; @deploy square
;; @deploy circle
;; @deploy measurer
;; @call measurer measure $deployer.square u3 => (ok u9)
;; @call measurer measure $deployer.circle u3 => (ok u27)
;; @contract shape-trait
(define-trait shape ((area (uint) (response uint uint))))
;; @contract square
(impl-trait .shape-trait.shape)
(define-public (area (side uint)) (ok (* side side)))
;; @contract circle
(impl-trait .shape-trait.shape)
(define-public (area (r uint)) (ok (* u3 r r)))
;; @contract measurer
(use-trait shape .shape-trait.shape)
(define-public (measure (s <shape>) (x uint)) (contract-call? s area x))
