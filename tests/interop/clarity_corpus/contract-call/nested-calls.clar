;; A chain of calls a -> b -> c; each level adds to the result, and the innermost write persists.
;; @epochs 3.0 3.3
;; @deploy c
;; @deploy b
;; @deploy a
;; @call a run u1 => (ok u111)
;; @read c get-last => u1
;; @contract c
(define-data-var last uint u0)
(define-public (run (x uint)) (begin (var-set last x) (if (> x u1000) (err u1) (ok (+ x u100)))))
(define-read-only (get-last) (var-get last))
;; @contract b
(define-public (run (x uint)) (let ((r (try! (contract-call? .c run x)))) (ok (+ r u5))))
;; @contract a
(define-public (run (x uint)) (let ((r (try! (contract-call? .b run x)))) (ok (+ r u5))))
