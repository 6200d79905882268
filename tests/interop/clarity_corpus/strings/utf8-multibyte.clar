;; UTF-8 strings count characters, not bytes: two-, three- and four-byte characters (bytes: the consensus
;; serialization less its type byte and 4-byte length).
;; @epochs 3.0 3.3
;; @deploy utf8-multibyte
;; @read utf8-multibyte info u"\u{e9}" => (tuple (bytes u2) (chars u1))
;; @read utf8-multibyte info u"\u{20ac}" => (tuple (bytes u3) (chars u1))
;; @read utf8-multibyte info u"\u{1F600}" => (tuple (bytes u4) (chars u1))
;; @read utf8-multibyte info u"a\u{e9}\u{20ac}\u{1F600}" => (tuple (bytes u10) (chars u4))
;; @read utf8-multibyte echo u"\u{1F600}!" => u"\u{f09f9880}!"
(define-read-only (info (s (string-utf8 10)))
  {chars: (len s), bytes: (- (len (unwrap-panic (to-consensus-buff? s))) u5)})
(define-read-only (echo (s (string-utf8 10))) s)
