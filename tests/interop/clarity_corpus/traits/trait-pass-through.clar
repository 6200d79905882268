;; A trait value passed on from one function to a private helper and to another contract (Clarity 2 allows trait
;; values in let bindings).
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy shape-trait
;; @deploy square
;; @deploy helper
;; @deploy front
;; @call front run $deployer.square => (ok u50)
;; @contract shape-trait
(define-trait shape ((area (uint) (response uint uint))))
;; @contract square
(impl-trait .shape-trait.shape)
(define-public (area (side uint)) (ok (* side side)))
;; @contract helper
(use-trait shape .shape-trait.shape)
(define-public (twice-area (s <shape>) (x uint)) (ok (* u2 (try! (contract-call? s area x)))))
;; @contract front
(use-trait shape .shape-trait.shape)
(define-private (go (s <shape>)) (let ((t s)) (contract-call? .helper twice-area t u5)))
(define-public (run (s <shape>)) (go s))
