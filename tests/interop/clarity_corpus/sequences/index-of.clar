;; index-of finds the first equal item of a list, string or buffer, or none.
;; @epochs 3.0 3.3
;; @deploy index-of
;; @read index-of in-list (list 3 1 3) 3 => (some u0)
;; @read index-of in-list (list 3 1 3) 9 => none
;; @read index-of in-string "banana" "n" => (some u2)
;; @read index-of in-buff 0x000102 0x02 => (some u2)
;; @read index-of in-tuples {k: u2} => (some u1)
(define-read-only (in-list (xs (list 5 int)) (x int)) (index-of xs x))
(define-read-only (in-string (s (string-ascii 10)) (c (string-ascii 1))) (index-of s c))
(define-read-only (in-buff (b (buff 10)) (c (buff 1))) (index-of b c))
(define-read-only (in-tuples (t {k: uint})) (index-of (list {k: u1} {k: u2}) t))
