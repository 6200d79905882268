;; hash160 is RIPEMD-160 of SHA-256.
;; @epochs 3.0 3.3
;; @deploy hash160
;; @read hash160 of-buff 0x => 0xb472a266d0bd89c13706a4132ccfb16f7c3b9fcb
;; @read hash160 of-buff 0x616263 => 0xbb1be98c142444d7a56aa3981c3942a978e4dc33
;; @read hash160 of-uint u1 => 0x7c2d0e4bb1fdd9b98784c04a255e5991bcefb47f
(define-read-only (of-buff (b (buff 64))) (hash160 b))
(define-read-only (of-uint (u uint)) (hash160 u))
