;; Hash functions take buffers and integers only: hashing a string is refused by the type checker.
;; @deploy hash-string => !analysis
(define-read-only (f) (sha256 "abc"))
