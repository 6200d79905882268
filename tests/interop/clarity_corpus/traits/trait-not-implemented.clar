;; Passing a contract that lacks the trait's function as a trait argument fails the call.
;; @deploy shape-trait
;; @deploy blob
;; @deploy measurer
;; @call measurer measure $deployer.blob u3 => !runtime RuntimeCheck/BadTraitImplementation
;; @contract shape-trait
(define-trait shape ((area (uint) (response uint uint))))
;; @contract blob
(define-public (volume (x uint)) (ok x))
;; @contract measurer
(use-trait shape .shape-trait.shape)
(define-public (measure (s <shape>) (x uint)) (contract-call? s area x))
