;; A trait with several functions, implemented by two contracts, used to run a small vault interface.
;; @deploy vault-trait
;; @deploy vault-a
;; @deploy vault-b
;; @deploy bank
;; @call bank deposit-to $deployer.vault-a u10 => (ok u10)
;; @call bank deposit-to $deployer.vault-b u10 => (ok u20)
;; @call bank deposit-to $deployer.vault-a u5 => (ok u15)
;; @read vault-a get-total => (ok u15)
;; @contract vault-trait
(define-trait vault (
  (deposit (uint) (response uint uint))
  (get-total () (response uint uint))))
;; @contract vault-a
(impl-trait .vault-trait.vault)
(define-data-var total uint u0)
(define-public (deposit (n uint)) (begin (var-set total (+ (var-get total) n)) (ok (var-get total))))
(define-read-only (get-total) (ok (var-get total)))
;; @contract vault-b
(impl-trait .vault-trait.vault)
(define-data-var total uint u0)
(define-public (deposit (n uint)) (begin (var-set total (+ (var-get total) (* u2 n))) (ok (var-get total))))
(define-read-only (get-total) (ok (var-get total)))
;; @contract bank
(use-trait vault .vault-trait.vault)
(define-public (deposit-to (v <vault>) (n uint)) (contract-call? v deposit n))
