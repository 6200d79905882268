;; contract-of gives the principal of a trait value.
;; @deploy shape-trait
;; @deploy square
;; @deploy registry
;; @call registry remember $deployer.square => (ok ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.square)
;; @read registry last => (some ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.square)
;; @contract shape-trait
(define-trait shape ((area (uint) (response uint uint))))
;; @contract square
(impl-trait .shape-trait.shape)
(define-public (area (side uint)) (ok (* side side)))
;; @contract registry
(use-trait shape .shape-trait.shape)
(define-data-var last-shape (optional principal) none)
(define-public (remember (s <shape>)) (begin (var-set last-shape (some (contract-of s))) (ok (contract-of s))))
(define-read-only (last) (var-get last-shape))
