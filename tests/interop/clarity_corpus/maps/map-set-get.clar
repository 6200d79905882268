;; map-set writes or overwrites, map-get? reads: some value or none.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy map-set-get
;; @read map-set-get look u1 => none
;; @call map-set-get put u1 "one" => (ok true)
;; @call map-set-get put u1 "uno" => (ok true)
;; @read map-set-get look u1 => (some "uno")
(define-map m uint (string-ascii 8))
(define-public (put (k uint) (v (string-ascii 8))) (ok (map-set m k v)))
(define-read-only (look (k uint)) (map-get? m k))
