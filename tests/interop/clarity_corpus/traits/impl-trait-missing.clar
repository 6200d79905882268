;; impl-trait of a trait whose function the contract does not define is refused at deployment.
;; @deploy shape-trait
;; @deploy bad-shape => !analysis
;; @contract shape-trait
(define-trait shape ((area (uint) (response uint uint))))
;; @contract bad-shape
(impl-trait .shape-trait.shape)
(define-public (perimeter (x uint)) (ok x))
