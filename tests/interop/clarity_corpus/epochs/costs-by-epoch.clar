;; The same calls priced at every epoch from 2.1 to 3.4 (costs-3, then costs-4 from 3.3): hashing, maps, folds.
;; @epochs 2.1 2.5 3.0 3.1 3.2 3.3 3.4
;; @clarity 2
;; @deploy costs-by-epoch
;; @call costs-by-epoch work 0x616263 => (ok u6)
;; @read costs-by-epoch look u3 => (some 0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad)
(define-map hashes uint (buff 32))
(define-private (step (k uint) (n uint)) (begin (map-set hashes k (sha256 0x616263)) (+ n k)))
(define-public (work (b (buff 8))) (ok (fold step (list u1 u2 u3) u0)))
(define-read-only (look (k uint)) (map-get? hashes k))
