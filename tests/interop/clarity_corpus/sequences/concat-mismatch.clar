;; concat of a string and a buffer is refused by the type checker.
;; @deploy concat-mismatch => !analysis
(define-read-only (f) (concat "a" 0x01))
