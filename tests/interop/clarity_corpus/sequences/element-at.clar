;; element-at on lists, strings and buffers: some item, or none past the end.
;; @epochs 3.0 3.3
;; @deploy element-at
;; @read element-at nth (list 10 20 30) u1 => (some 20)
;; @read element-at nth (list 10 20 30) u3 => none
;; @read element-at nth (list 10 20 30) u340282366920938463463374607431768211455 => none
;; @read element-at char "hello" u4 => (some "o")
;; @read element-at byte 0x0a0b0c u0 => (some 0x0a)
(define-read-only (nth (xs (list 5 int)) (i uint)) (element-at xs i))
(define-read-only (char (s (string-ascii 10)) (i uint)) (element-at s i))
(define-read-only (byte (b (buff 10)) (i uint)) (element-at b i))
