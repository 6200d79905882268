;; not negates a bool; anything else is refused by the type checker (second contract).
;; @deploy not
;; @read not neg true => false
;; @read not neg false => true
;; @deploy not-int => !analysis
(define-read-only (neg (b bool)) (not b))
;; @contract not
(define-read-only (neg (b bool)) (not b))
;; @contract not-int
(define-read-only (neg (b int)) (not b))
