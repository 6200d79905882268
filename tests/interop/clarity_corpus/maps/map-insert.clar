;; map-insert writes only when the key is absent, and says whether it did.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy map-insert
;; @call map-insert ins u1 u10 => (ok true)
;; @call map-insert ins u1 u20 => (ok false)
;; @read map-insert look u1 => (some u10)
(define-map m uint uint)
(define-public (ins (k uint) (v uint)) (ok (map-insert m k v)))
(define-read-only (look (k uint)) (map-get? m k))
