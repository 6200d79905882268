;; Map writes of a public call that returns err are rolled back.
;; @deploy map-rollback
;; @call map-rollback put-and-fail u1 u10 => (err u1)
;; @read map-rollback look u1 => none
;; @call map-rollback put-and-succeed u1 u10 => (ok u1)
;; @read map-rollback look u1 => (some u10)
(define-map m uint uint)
(define-public (put-and-fail (k uint) (v uint)) (begin (map-set m k v) (err u1)))
(define-public (put-and-succeed (k uint) (v uint)) (begin (map-set m k v) (ok u1)))
(define-read-only (look (k uint)) (map-get? m k))
