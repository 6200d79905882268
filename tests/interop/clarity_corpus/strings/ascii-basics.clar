;; ASCII strings: length, concatenation, equality, the empty string.
;; @epochs 3.0 3.3
;; @deploy ascii-basics
;; @read ascii-basics info "hello" => (tuple (empty false) (len u5) (shout "hello!"))
;; @read ascii-basics info "" => (tuple (empty true) (len u0) (shout "!"))
(define-read-only (info (s (string-ascii 20)))
  {len: (len s), empty: (is-eq s ""), shout: (concat s "!")})
