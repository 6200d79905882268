;; get-bitcoin-tx-output? (Clarity 6): the Bitcoin genesis coinbase's only output (50 BTC) and its txid (the
;; double SHA-256 of the bytes, checked with Node's crypto); a vout out of range is (err u2), garbage (err u1).
;; @epochs 4.0
;; @deploy bitcoin-tx-output
;; @read bitcoin-tx-output out u0 => (ok (tuple (amount u5000000000) (script 0x4104678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc3f4cef38c4f35504e51ec112de5c384df7ba0b8d578a4c702b6bf11d5fac) (txid 0x3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a)))
;; @read bitcoin-tx-output out u1 => (err u2)
;; @read bitcoin-tx-output garbage => (err u1)
(define-constant genesis-tx 0x01000000010000000000000000000000000000000000000000000000000000000000000000ffffffff4d04ffff001d0104455468652054696d65732030332f4a616e2f32303039204368616e63656c6c6f72206f6e206272696e6b206f66207365636f6e64206261696c6f757420666f722062616e6b73ffffffff0100f2052a01000000434104678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc3f4cef38c4f35504e51ec112de5c384df7ba0b8d578a4c702b6bf11d5fac00000000)
(define-read-only (out (vout uint)) (get-bitcoin-tx-output? genesis-tx vout))
(define-read-only (garbage) (get-bitcoin-tx-output? 0x00 u0))
