;; A byte-wise xor of two buffers, through map and buff-to-uint-le / to-consensus-buff? round trips.
;; @deploy buff-xor
;; @read buff-xor xor-bytes 0x0f0f 0xff00 => (0xf0 0x0f)
(define-private (byte-xor (a (buff 1)) (b (buff 1)))
  (unwrap-panic (element-at (unwrap-panic (to-consensus-buff? (xor (buff-to-uint-le a) (buff-to-uint-le b)))) u16)))
(define-read-only (xor-bytes (a (buff 4)) (b (buff 4))) (map byte-xor a b))
