;; impl-trait with a function of the right name but another signature is refused at deployment.
;; @deploy shape-trait
;; @deploy bad-shape => !analysis
;; @contract shape-trait
(define-trait shape ((area (uint) (response uint uint))))
;; @contract bad-shape
(impl-trait .shape-trait.shape)
(define-public (area (x int)) (ok u1))
