;; A function may return a bare none (its type is an optional of nothing), and a caller can test it.
;; @deploy none-result
;; @read none-result f => none
;; @read none-result g => true
(define-read-only (f) none)
(define-read-only (g) (is-none (f)))
