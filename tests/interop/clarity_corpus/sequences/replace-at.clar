;; replace-at? (Clarity 2) replaces one item; past the end it gives none.
;; @epochs 2.1 3.0 3.3
;; @deploy replace-at
;; @read replace-at in-list (list 1 2 3) u1 9 => (some (1 9 3))
;; @read replace-at in-list (list 1 2 3) u3 9 => none
;; @read replace-at in-string "cat" u0 "b" => (some "bat")
;; @read replace-at in-buff 0x0000 u1 0xff => (some 0x00ff)
(define-read-only (in-list (xs (list 5 int)) (i uint) (x int)) (replace-at? xs i x))
(define-read-only (in-string (s (string-ascii 5)) (i uint) (c (string-ascii 1))) (replace-at? s i c))
(define-read-only (in-buff (b (buff 5)) (i uint) (c (buff 1))) (replace-at? b i c))
