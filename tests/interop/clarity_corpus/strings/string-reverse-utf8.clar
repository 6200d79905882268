;; Reversing a UTF-8 string keeps multi-byte characters whole.
;; @deploy string-reverse-utf8
;; @read string-reverse-utf8 rev u"a\u{e9}\u{1F600}b" => u"b\u{f09f9880}\u{c3a9}a"
(define-private (pre (c (string-utf8 1)) (acc (string-utf8 10))) (unwrap-panic (as-max-len? (concat c acc) u10)))
(define-read-only (rev (s (string-utf8 10))) (fold pre s u""))
