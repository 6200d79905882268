;; bit-and, bit-or, bit-xor (variadic) and bit-not (Clarity 2).
;; @epochs 3.0 3.3
;; @deploy bitwise
;; @read bitwise ops 12 10 => (tuple (and 8) (not -13) (or 14) (xor 6))
;; @read bitwise ops -1 7 => (tuple (and 7) (not 0) (or -1) (xor -8))
;; @read bitwise ops-uint u12 u10 => (tuple (and u8) (not u340282366920938463463374607431768211443) (or u14) (xor u6))
;; @read bitwise many u1 u2 u4 => (tuple (and u0) (or u7) (xor u7))
(define-read-only (ops (a int) (b int))
  {and: (bit-and a b), or: (bit-or a b), xor: (bit-xor a b), not: (bit-not a)})
(define-read-only (ops-uint (a uint) (b uint))
  {and: (bit-and a b), or: (bit-or a b), xor: (bit-xor a b), not: (bit-not a)})
(define-read-only (many (a uint) (b uint) (c uint))
  {and: (bit-and a b c), or: (bit-or a b c), xor: (bit-xor a b c)})
