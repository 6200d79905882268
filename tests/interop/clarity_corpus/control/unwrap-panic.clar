;; unwrap-panic of none or an err aborts with Runtime(UnwrapFailure); unwrap-err-panic of an ok likewise.
;; @epochs 3.0 3.3
;; @deploy unwrap-panic
;; @read unwrap-panic opt (some 1) => 1
;; @read unwrap-panic opt none => !runtime Runtime/UnwrapFailure
;; @read unwrap-panic resp (ok 1) => 1
;; @read unwrap-panic resp (err u1) => !runtime Runtime/UnwrapFailure
;; @read unwrap-panic resp-err (err u5) => u5
;; @read unwrap-panic resp-err (ok 1) => !runtime Runtime/UnwrapFailure
;; @call unwrap-panic store none => !runtime Runtime/UnwrapFailure
;; @read unwrap-panic stored => 0
(define-data-var v int 0)
(define-read-only (opt (o (optional int))) (unwrap-panic o))
(define-read-only (resp (r (response int uint))) (unwrap-panic r))
(define-read-only (resp-err (r (response int uint))) (unwrap-err-panic r))
(define-public (store (o (optional int))) (begin (var-set v 1) (var-set v (unwrap-panic o)) (ok true)))
(define-read-only (stored) (var-get v))
