;; map-set with a key of the wrong type is refused by the type checker.
;; @deploy map-wrong-key-type => !analysis
(define-map m uint uint)
(define-public (f) (ok (map-set m 1 u1)))
