;; A type nested deeper than the type depth limit (32) is refused.
;; @deploy type-depth-limit => !analysis
(define-data-var v (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional (optional int)))))))))))))))))))))))))))))))))))))))) none)
