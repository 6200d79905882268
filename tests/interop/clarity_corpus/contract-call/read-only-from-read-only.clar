;; A read-only function may contract-call? another contract's read-only function.
;; @epochs 3.0 3.3
;; @deploy oracle
;; @deploy reader
;; @read reader doubled-price => u200
;; @contract oracle
(define-read-only (get-price) (ok u100))
;; @contract reader
(define-read-only (doubled-price) (* u2 (unwrap-panic (contract-call? .oracle get-price))))
