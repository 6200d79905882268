;; The costs of string and buffer natives by size: concat, slice?, index-of, replace-at?, as-max-len?.
;; @epochs 3.0 3.3
;; @deploy string-ops-costs
;; @read string-ops-costs ops "the quick brown fox jumps over the lazy dog" => (tuple (at (some u16)) (cut (some "brown")) (joined u86) (patched (some "the quick brown fox jumps over the lazy cog")))
(define-read-only (ops (s (string-ascii 64)))
  {joined: (len (concat s s)), cut: (slice? s u10 u15), at: (index-of s "f"), patched: (replace-at? s u40 "c")})
