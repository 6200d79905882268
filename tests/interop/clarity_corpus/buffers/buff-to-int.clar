;; buff-to-int-le/be and buff-to-uint-le/be (Clarity 2): up to 16 bytes, shorter buffers padded, ints signed.
;; @epochs 2.1 3.0 3.3
;; @deploy buff-to-int
;; @read buff-to-int conv 0x01 => (tuple (ibe 1) (ile 1) (ube u1) (ule u1))
;; @read buff-to-int conv 0x0100 => (tuple (ibe 256) (ile 1) (ube u256) (ule u1))
;; @read buff-to-int conv 0xff => (tuple (ibe 255) (ile 255) (ube u255) (ule u255))
;; @read buff-to-int conv 0x => (tuple (ibe 0) (ile 0) (ube u0) (ule u0))
;; @read buff-to-int conv 0xffffffffffffffffffffffffffffffff => (tuple (ibe -1) (ile -1) (ube u340282366920938463463374607431768211455) (ule u340282366920938463463374607431768211455))
;; @read buff-to-int conv 0x80000000000000000000000000000000 => (tuple (ibe -170141183460469231731687303715884105728) (ile 128) (ube u170141183460469231731687303715884105728) (ule u128))
(define-read-only (conv (b (buff 16)))
  {ile: (buff-to-int-le b), ibe: (buff-to-int-be b), ule: (buff-to-uint-le b), ube: (buff-to-uint-be b)})
