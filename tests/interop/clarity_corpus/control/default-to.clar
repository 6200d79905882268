;; default-to gives the optional's value or the default.
;; @deploy default-to
;; @read default-to get-or (some 5) => 5
;; @read default-to get-or none => -1
;; @read default-to lookup u1 => "one"
;; @read default-to lookup u9 => "unknown"
(define-map names uint (string-ascii 10))
(map-set names u1 "one")
(define-read-only (get-or (o (optional int))) (default-to -1 o))
(define-read-only (lookup (k uint)) (default-to "unknown" (map-get? names k)))
