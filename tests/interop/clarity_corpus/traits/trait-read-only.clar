;; A trait function implemented as read-only, called dynamically from a public function.
;; @epochs 3.0 3.3
;; @deploy named-trait
;; @deploy thing
;; @deploy reader
;; @call reader name-of $deployer.thing => (ok "thing")
;; @contract named-trait
(define-trait named ((get-name () (response (string-ascii 16) uint))))
;; @contract thing
(impl-trait .named-trait.named)
(define-read-only (get-name) (ok "thing"))
;; @contract reader
(use-trait named .named-trait.named)
(define-public (name-of (t <named>)) (contract-call? t get-name))
