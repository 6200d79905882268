;; A map key written as an explicit (tuple ...) and with {} braces is the same key.
;; @deploy map-get-literal-tuple-key
;; @call map-get-literal-tuple-key put => (ok true)
;; @read map-get-literal-tuple-key look => (tuple (braces (some u7)) (explicit (some u7)))
(define-map m {id: uint, kind: (string-ascii 4)} uint)
(define-public (put) (ok (map-set m (tuple (id u1) (kind "a")) u7)))
(define-read-only (look) {explicit: (map-get? m (tuple (kind "a") (id u1))), braces: (map-get? m {id: u1, kind: "a"})})
