;; to-ascii? (Clarity 4) of a UTF-8 string with a non-ASCII character gives (err u1); of plain ASCII text, ok.
;; @epochs 3.3
;; @deploy to-ascii-errors
;; @read to-ascii-errors conv u"abc" => (ok "abc")
;; @read to-ascii-errors conv u"caf\u{e9}" => (err u1)
;; @read to-ascii-errors conv u"" => (ok "")
(define-read-only (conv (s (string-utf8 8))) (to-ascii? s))
