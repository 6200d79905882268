;; Strings as map keys: ASCII and UTF-8 keys that look alike are different keys.
;; @deploy strings-in-maps
;; @call strings-in-maps put "key" u1 => (ok true)
;; @call strings-in-maps put-utf8 u"key" u2 => (ok true)
;; @call strings-in-maps put-utf8 u"k\u{e9}y" u3 => (ok true)
;; @read strings-in-maps look "key" => (some u1)
;; @read strings-in-maps look-utf8 u"key" => (some u2)
;; @read strings-in-maps look-utf8 u"k\u{e9}y" => (some u3)
;; @read strings-in-maps look "kxy" => none
(define-map ascii-map (string-ascii 8) uint)
(define-map utf8-map (string-utf8 8) uint)
(define-public (put (k (string-ascii 8)) (v uint)) (ok (map-set ascii-map k v)))
(define-public (put-utf8 (k (string-utf8 8)) (v uint)) (ok (map-set utf8-map k v)))
(define-read-only (look (k (string-ascii 8))) (map-get? ascii-map k))
(define-read-only (look-utf8 (k (string-utf8 8))) (map-get? utf8-map k))
