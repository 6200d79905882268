;; map-delete removes an entry and says whether there was one; a deleted key can be inserted again.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy map-delete
;; @call map-delete put u1 u10 => (ok true)
;; @call map-delete del u1 => (ok true)
;; @call map-delete del u1 => (ok false)
;; @read map-delete look u1 => none
;; @call map-delete ins u1 u30 => (ok true)
;; @read map-delete look u1 => (some u30)
(define-map m uint uint)
(define-public (put (k uint) (v uint)) (ok (map-set m k v)))
(define-public (ins (k uint) (v uint)) (ok (map-insert m k v)))
(define-public (del (k uint)) (ok (map-delete m k)))
(define-read-only (look (k uint)) (map-get? m k))
