;; Round trips between ints, uints, strings and buffers (a slice of a (buff 17) is still typed (buff 17), so
;; as-max-len? narrows it for buff-to-int-be).
;; @deploy int-uint-conversions
;; @read int-uint-conversions rt 12345 => (tuple (via-buff (some 12345)) (via-string (some 12345)) (via-uint u12345))
(define-read-only (rt (x int))
  {via-uint: (to-uint x),
   via-string: (string-to-int? (int-to-ascii x)),
   via-buff: (some (buff-to-int-be (unwrap-panic (as-max-len? (unwrap-panic (slice? (unwrap-panic (to-consensus-buff? x)) u1 u17)) u16))))})
