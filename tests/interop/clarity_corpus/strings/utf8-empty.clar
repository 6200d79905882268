;; The empty UTF-8 string: length zero, concatenation identity, equal only to itself.
;; @deploy utf8-empty
;; @read utf8-empty check u"" => (tuple (concat-id true) (is-empty true) (len u0))
;; @read utf8-empty check u"x" => (tuple (concat-id true) (is-empty false) (len u1))
(define-read-only (check (s (string-utf8 4)))
  {len: (len s), is-empty: (is-eq s u""), concat-id: (is-eq (concat s u"") s)})
