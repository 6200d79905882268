;; A 4,096-byte buffer built in a call, stored in a data var and read back.
;; @epochs 3.0 3.3
;; @deploy buff-large
;; @call buff-large build 0x0123456789abcdef => (ok u4096)
;; @read buff-large tail => (some 0x89abcdef)
(define-data-var data (buff 4096) 0x)
(define-public (build (seed (buff 8)))
  (let ((b16 (concat seed seed)) (b32 (concat b16 b16)) (b64 (concat b32 b32)) (b128 (concat b64 b64))
        (b256 (concat b128 b128)) (b512 (concat b256 b256)) (b1k (concat b512 b512)) (b2k (concat b1k b1k)))
    (var-set data (concat b2k b2k))
    (ok (len (var-get data)))))
(define-read-only (tail) (slice? (var-get data) u4092 u4096))
