;; get of a field the tuple does not have is refused by the type checker.
;; @deploy tuple-missing-field => !analysis
(define-read-only (f (t {a: int})) (get b t))
