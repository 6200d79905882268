;; unwrap-err! returns the error value, or returns its thrown value when the response is ok.
;; @deploy unwrap-err
;; @read unwrap-err get-err (err u7) => (ok u8)
;; @read unwrap-err get-err (ok 1) => (err u0)
(define-read-only (get-err (r (response int uint))) (ok (+ (unwrap-err! r (err u0)) u1)))
