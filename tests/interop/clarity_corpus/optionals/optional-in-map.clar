;; Optionals stored in maps: map-get? of an optional value is an optional of an optional.
;; @deploy optional-in-map
;; @call optional-in-map put u1 (some "a") => (ok true)
;; @call optional-in-map put u2 none => (ok true)
;; @read optional-in-map look u1 => (some (some "a"))
;; @read optional-in-map look u2 => (some none)
;; @read optional-in-map look u3 => none
(define-map m uint (optional (string-ascii 4)))
(define-public (put (k uint) (v (optional (string-ascii 4)))) (ok (map-set m k v)))
(define-read-only (look (k uint)) (map-get? m k))
