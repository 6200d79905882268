;; contract-call? of another contract's public function by its .name, passing arguments and returning its response.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy callee
;; @deploy caller
;; @call caller add-via-callee 2 3 => (ok 5)
;; @read callee get-calls => u1
;; @contract callee
(define-data-var calls uint u0)
(define-public (add (a int) (b int)) (begin (var-set calls (+ (var-get calls) u1)) (ok (+ a b))))
(define-read-only (get-calls) (var-get calls))
;; @contract caller
(define-public (add-via-callee (a int) (b int)) (contract-call? .callee add a b))
