;; An optional nested 20 deep, unwrapped again 20 times.
;; @deploy optional-nesting
;; @read optional-nesting f => 7
(define-read-only (f) (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (unwrap-panic (some (some (some (some (some (some (some (some (some (some (some (some (some (some (some (some (some (some (some (some 7)))))))))))))))))))))))))))))))))))))))))
