;; map-get? of a map that was never defined is refused by the type checker.
;; @deploy map-undefined => !analysis
(define-read-only (f) (map-get? nothing u1))
