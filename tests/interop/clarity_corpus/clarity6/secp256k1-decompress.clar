;; secp256k1-decompress? (Clarity 6): a compressed key's uncompressed form (checked with Node's crypto); an invalid
;; key gives (err u1).
;; @epochs 4.0
;; @deploy secp256k1-decompress
;; @read secp256k1-decompress dec 0x0250863ad64a87ae8a2fe83c1af1a8403cb53f53e486d8511dad8a04887e5b2352 => (ok 0x0450863ad64a87ae8a2fe83c1af1a8403cb53f53e486d8511dad8a04887e5b23522cd470243453a299fa9e77237716103abc11a1df38855ed6f2ee187e9c582ba6)
;; @read secp256k1-decompress dec 0x050000000000000000000000000000000000000000000000000000000000000000 => (err u1)
(define-read-only (dec (k (buff 33))) (secp256k1-decompress? k))
