;; The maximum length of a string-utf8 counts characters: three four-byte characters fit a (string-utf8 3).
;; @deploy utf8-max-length
;; @read utf8-max-length echo u"\u{1F600}\u{1F600}\u{1F600}" => u"\u{f09f9880}\u{f09f9880}\u{f09f9880}"
;; @read utf8-max-length echo u"abcd" => !runtime RuntimeCheck/TypeValueError
(define-read-only (echo (s (string-utf8 3))) s)
