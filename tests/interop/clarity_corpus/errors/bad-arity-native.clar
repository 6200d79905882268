;; A native called with the wrong number of arguments is refused.
;; @deploy bad-arity-native => !analysis
(define-read-only (f) (not true false))
