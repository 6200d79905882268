;; element-at, index-of, slice? and concat on UTF-8 strings work per character.
;; @deploy utf8-sequence-ops
;; @read utf8-sequence-ops ops u"na\u{ef}ve" => (tuple (at2 (some u"\u{c3af}")) (idx (some u2)) (joined u"na\u{c3af}ve na\u{c3af}ve") (mid (some u"a\u{c3af}v")))
(define-read-only (ops (s (string-utf8 8)))
  {at2: (element-at s u2), idx: (index-of s u"\u{ef}"), mid: (slice? s u1 u4), joined: (concat (concat s u" ") s)})
