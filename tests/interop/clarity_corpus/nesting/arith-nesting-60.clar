;; Arithmetic nested 60 deep passes the parser (nesting is limited by the call stack's depth, 64) and deploys, but
;; the contract cannot be loaded for a call: the stored contract is JSON, and reading it back stops at the JSON
;; decoder's recursion limit, an internal error (Internal(Expect("Failed to deserialize vm.Value"))). 40 deep
;; loads (arith-nesting-40).
;; @epochs 3.0 3.3
;; @deploy arith-nesting-60
;; @read arith-nesting-60 f => !runtime Internal/Expect
(define-read-only (f) (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
