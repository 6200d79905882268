;; The two names a response match binds may be the same name: each branch sees its own binding.
;; @deploy match-same-name
;; @read match-same-name f (ok 3) => 3
;; @read match-same-name f (err 3) => -3
(define-read-only (f (r (response int int))) (match r v v v (- v)))
