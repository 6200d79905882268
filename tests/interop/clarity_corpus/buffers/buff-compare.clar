;; Buffers compare (Clarity 2) by bytes, lexicographically.
;; @deploy buff-compare
;; @read buff-compare order 0x0001 0x01 => (tuple (eq false) (lt true))
;; @read buff-compare order 0x01 0x01 => (tuple (eq true) (lt false))
;; @read buff-compare order 0x0100 0x01 => (tuple (eq false) (lt false))
(define-read-only (order (a (buff 4)) (b (buff 4))) {lt: (< a b), eq: (is-eq a b)})
