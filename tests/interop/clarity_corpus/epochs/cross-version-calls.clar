;; Contracts of different Clarity versions call each other: a Clarity 1 library from a Clarity 4 caller and back.
;; @epochs 3.3
;; @deploy[clarity=1] lib-c1
;; @deploy[clarity=4] app-c4
;; @deploy[clarity=1] back-c1
;; @call app-c4 run u7 => (ok u14)
;; @call back-c1 run u2 => (ok u24)
;; @contract lib-c1
(define-public (double (x uint)) (if (> x u1000000) (err u1) (ok (* x u2))))
;; @contract app-c4
(define-public (run (x uint)) (contract-call? .lib-c1 double x))
;; @contract back-c1
(define-public (run (x uint)) (let ((y (try! (contract-call? .app-c4 run x)))) (contract-call? .app-c4 run (* y u3))))
