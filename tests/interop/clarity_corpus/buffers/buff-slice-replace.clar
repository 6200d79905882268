;; slice? and replace-at? on buffers, to patch a header's bytes.
;; @deploy buff-slice-replace
;; @read buff-slice-replace patch 0x00112233445566 => (some 0x00ff2233445566)
;; @read buff-slice-replace header 0x00112233445566 => (some 0x00112233)
(define-read-only (patch (b (buff 8))) (replace-at? b u1 0xff))
(define-read-only (header (b (buff 8))) (slice? b u0 u4))
