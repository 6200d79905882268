;; Escapes in ASCII string literals (\n \t \r \\ \") are one byte each, and print in the reference's escaped form.
;; @epochs 3.0 3.3
;; @deploy ascii-escapes
;; @read ascii-escapes lit => "a\nb\tc\r\\\""
;; @read ascii-escapes size => u8
;; @read ascii-escapes echo "x\"y" => "x\"y"
(define-constant s "a\nb\tc\r\\\"")
(define-read-only (lit) s)
(define-read-only (size) (len s))
(define-read-only (echo (x (string-ascii 8))) x)
