;; Calling through a trait value a function the trait does not declare is refused by the type checker.
;; @deploy shape-trait
;; @deploy user => !analysis
;; @contract shape-trait
(define-trait shape ((area (uint) (response uint uint))))
;; @contract user
(use-trait shape .shape-trait.shape)
(define-public (f (s <shape>)) (contract-call? s perimeter u1))
