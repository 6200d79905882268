;; print in a read-only function is allowed; a read-only call runs in a level that is rolled back, so the reference
;; reports no event for it.
;; @deploy print-read-only
;; @read print-read-only f => 5
;; @events -
(define-read-only (f) (print 5))
