;; A long string built by doubling concatenation (1,024 characters), and its length.
;; @epochs 3.0 3.3
;; @deploy ascii-long
;; @call ascii-long build => (ok u1024)
;; @read ascii-long stored-len => u1024
(define-data-var text (string-ascii 1024) "")
(define-private (twice (s (string-ascii 512))) (concat s s))
(define-public (build)
  (let ((s4 "abcd") (s8 (concat s4 s4)) (s16 (concat s8 s8)) (s32 (concat s16 s16)) (s64 (concat s32 s32))
        (s128 (concat s64 s64)) (s256 (concat s128 s128)) (s512 (concat s256 s256)))
    (var-set text (twice s512))
    (ok (len (var-get text)))))
(define-read-only (stored-len) (len (var-get text)))
