;; filter keeps the items the predicate holds for, in order; it works on strings and buffers too.
;; @epochs 3.0 3.3
;; @deploy filter
;; @read filter positives (list 3 -1 0 7 -5) => (3 7)
;; @read filter vowels "education" => "euaio"
;; @read filter nonzero 0x00010002 => 0x0102
;; @read filter positives (list -1) => ()
(define-private (pos (x int)) (> x 0))
(define-read-only (positives (xs (list 10 int))) (filter pos xs))
(define-private (vowel (c (string-ascii 1))) (is-some (index-of "aeiou" c)))
(define-read-only (vowels (s (string-ascii 20))) (filter vowel s))
(define-private (nz (b (buff 1))) (not (is-eq b 0x00)))
(define-read-only (nonzero (b (buff 10))) (filter nz b))
