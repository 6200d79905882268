;; use-trait of a trait the named contract does not define is refused.
;; @deploy shape-trait
;; @deploy user => !analysis
;; @contract shape-trait
(define-trait shape ((area (uint) (response uint uint))))
;; @contract user
(use-trait color .shape-trait.color)
(define-public (f (c <color>)) (ok true))
