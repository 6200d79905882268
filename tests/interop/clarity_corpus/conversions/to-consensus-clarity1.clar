;; to-consensus-buff? does not exist in Clarity 1.
;; @epochs 2.0 2.05 2.1
;; @clarity 1
;; @deploy to-consensus-clarity1 => !analysis
(define-read-only (f) (to-consensus-buff? 1))
