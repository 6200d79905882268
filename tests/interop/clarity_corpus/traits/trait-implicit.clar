;; A contract that has the trait's functions but no impl-trait can still be passed as a trait value.
;; @deploy shape-trait
;; @deploy duck
;; @deploy measurer
;; @call measurer measure $deployer.duck u4 => (ok u8)
;; @contract shape-trait
(define-trait shape ((area (uint) (response uint uint))))
;; @contract duck
(define-public (area (x uint)) (ok (* x u2)))
;; @contract measurer
(use-trait shape .shape-trait.shape)
(define-public (measure (s <shape>) (x uint)) (contract-call? s area x))
