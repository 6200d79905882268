;; keccak256 (the original Keccak, not SHA-3) of buffers and ints.
;; @epochs 3.0 3.3
;; @deploy keccak256
;; @read keccak256 of-buff 0x => 0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470
;; @read keccak256 of-buff 0x616263 => 0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45
;; @read keccak256 of-int 1 => 0x97550c84a9e30d01461a29ac1c54c29e82c1925ee78b2ee1776d9e20c0183334
(define-read-only (of-buff (b (buff 64))) (keccak256 b))
(define-read-only (of-int (i int)) (keccak256 i))
