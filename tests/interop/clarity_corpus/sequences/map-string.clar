;; map over a string or a buffer gives a list of the function's results per character or byte.
;; @deploy map-string
;; @read map-string codes "AZ" => ((some u0) (some u25))
;; @read map-string bytes 0x0102 => (0x0101 0x0202)
(define-private (code (c (string-ascii 1))) (index-of "ABCDEFGHIJKLMNOPQRSTUVWXYZ" c))
(define-read-only (codes (s (string-ascii 4))) (map code s))
(define-private (dup (b (buff 1))) (concat b b))
(define-read-only (bytes (b (buff 4))) (map dup b))
