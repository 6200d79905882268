;; match on optionals and responses binds the inner value in the branch taken.
;; @epochs 3.0 3.3
;; @deploy match
;; @read match opt (some 4) => 5
;; @read match opt none => 0
;; @read match resp (ok 4) => 8
;; @read match resp (err u3) => -3
(define-read-only (opt (o (optional int))) (match o v (+ v 1) 0))
(define-read-only (resp (r (response int uint))) (match r v (* v 2) e (- 0 (to-int e))))
