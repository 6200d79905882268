;; A tuple nested 10 deep, built and read back through every level.
;; @deploy tuple-nesting
;; @read tuple-nesting f => 5
(define-read-only (f) (get a (get a (get a (get a (get a (get a (get a (get a (get a (get a {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: 5}}}}}}}}}})))))))))))
