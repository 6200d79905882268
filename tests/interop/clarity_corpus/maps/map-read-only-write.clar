;; A read-only function may not write to a map: the read-only checker refuses the contract.
;; @deploy map-read-only-write => !analysis
(define-map m uint uint)
(define-read-only (f) (map-set m u1 u1))
