;; unwrap! returns the inner value, or returns its thrown value from the function.
;; @epochs 3.0 3.3
;; @deploy unwrap
;; @read unwrap from-opt (some 3) => (ok 4)
;; @read unwrap from-opt none => (err u1)
;; @read unwrap from-resp (ok 3) => (ok 4)
;; @read unwrap from-resp (err u9) => (err u2)
(define-read-only (from-opt (o (optional int))) (ok (+ (unwrap! o (err u1)) 1)))
(define-read-only (from-resp (r (response int uint))) (ok (+ (unwrap! r (err u2)) 1)))
