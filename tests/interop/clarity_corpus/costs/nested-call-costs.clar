;; The cost of a contract-call? chain: each callee is loaded and charged; read-only and public paths.
;; @epochs 3.0 3.3
;; @deploy leaf
;; @deploy mid
;; @deploy top
;; @read top via-read-only u5 => (ok u7)
;; @call top via-public u5 => (ok u7)
;; @contract leaf
(define-read-only (inc (x uint)) (if (> x u1000) (err u1) (ok (+ x u1))))
;; @contract mid
(define-read-only (inc2 (x uint)) (ok (+ (try! (contract-call? .leaf inc x)) u1)))
;; @contract top
(define-read-only (via-read-only (x uint)) (contract-call? .mid inc2 x))
(define-public (via-public (x uint)) (contract-call? .mid inc2 x))
