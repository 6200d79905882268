;; Buffers: length, concatenation, element-at (a one-byte buffer), equality, the empty buffer.
;; @epochs 3.0 3.3
;; @deploy buff-basics
;; @read buff-basics info 0xdeadbeef => (tuple (first (some 0xde)) (joined 0xdeadbeefdeadbeef) (len u4))
;; @read buff-basics info 0x => (tuple (first none) (joined 0x) (len u0))
(define-read-only (info (b (buff 8))) {len: (len b), first: (element-at b u0), joined: (concat b b)})
