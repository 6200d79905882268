;; A Clarity version newer than the epoch allows is refused (Clarity 4 before 3.3, Clarity 3 before 3.0).
;; @epochs 2.1 3.0 3.3
;; @deploy[clarity=4] c4 => !version =>[3.3] true
;; @deploy[clarity=3] c3 => !version =>[3.0 3.3] true
;; @deploy[clarity=2] c2 => true
;; @contract c4
(define-read-only (f) u1)
;; @contract c3
(define-read-only (f) u1)
;; @contract c2
(define-read-only (f) u1)
