;; Dynamic dispatch in a Clarity 1 contract (at 2.1), whose trait values cannot be bound by let.
;; @epochs 2.0 2.05 2.1
;; @clarity 1
;; @deploy shape-trait
;; @deploy square
;; @deploy measurer
;; @deploy let-bound => !analysis
;; @call measurer measure $deployer.square u6 => (ok u36)
;; @contract shape-trait
(define-trait shape ((area (uint) (response uint uint))))
;; @contract square
(impl-trait .shape-trait.shape)
(define-public (area (side uint)) (ok (* side side)))
;; @contract measurer
(use-trait shape .shape-trait.shape)
(define-public (measure (s <shape>) (x uint)) (contract-call? s area x))
;; @contract let-bound
(use-trait shape .shape-trait.shape)
(define-public (measure (s <shape>) (x uint)) (let ((t s)) (contract-call? t area x)))
