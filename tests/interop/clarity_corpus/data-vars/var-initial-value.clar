;; A data var's initial value is evaluated at deployment, and may use constants and earlier vars.
;; @deploy var-initial-value
;; @read var-initial-value both => (tuple (a u10) (b u20))
(define-constant base u10)
(define-data-var a uint base)
(define-data-var b uint (* (var-get a) u2))
(define-read-only (both) {a: (var-get a), b: (var-get b)})
