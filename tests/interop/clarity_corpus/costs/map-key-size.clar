;; Map reads and writes are charged by key and value sizes: a small key, then a 200-byte string key and a large value.
;; @epochs 3.0 3.3
;; @deploy map-key-size
;; @call map-key-size put u1 "small" => (ok true)
;; @call map-key-size put-big "keykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeyke" => (ok true)
;; @read map-key-size get-small u1 => (some "small")
;; @read map-key-size has-big => true
(define-map small uint (string-ascii 8))
(define-map big (string-ascii 200) (list 50 uint))
(define-public (put (k uint) (v (string-ascii 8))) (ok (map-set small k v)))
(define-public (put-big (k (string-ascii 200)))
  (ok (map-set big k (list u1 u2 u3 u4 u5 u6 u7 u8 u9 u10 u11 u12 u13 u14 u15 u16 u17 u18 u19 u20 u21 u22 u23 u24 u25 u26 u27 u28 u29 u30 u31 u32 u33 u34 u35 u36 u37 u38 u39 u40 u41 u42 u43 u44 u45 u46 u47 u48 u49 u50))))
(define-read-only (get-small (k uint)) (map-get? small k))
(define-read-only (has-big) (is-some (map-get? big "keykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeykeyke")))
