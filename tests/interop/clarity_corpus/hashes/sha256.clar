;; sha256 of buffers, and of ints and uints (their 16-byte little-endian form).
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy sha256
;; @read sha256 of-buff 0x => 0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
;; @read sha256 of-buff 0x616263 => 0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
;; @read sha256 of-int 1 => 0x4cbbd8ca5215b8d161aec181a74b694f4e24b001d5b081dc0030ed797a8973e0
;; @read sha256 of-uint u1 => 0x4cbbd8ca5215b8d161aec181a74b694f4e24b001d5b081dc0030ed797a8973e0
;; @read sha256 of-int -1 => 0x5ac6a5945f16500911219129984ba8b387a06f24fe383ce4e81a73294065461b
(define-read-only (of-buff (b (buff 64))) (sha256 b))
(define-read-only (of-int (i int)) (sha256 i))
(define-read-only (of-uint (u uint)) (sha256 u))
