;; A tuple with the same field twice is refused.
;; @deploy duplicate-tuple-field => !analysis
(define-constant t {a: 1, a: 2})
