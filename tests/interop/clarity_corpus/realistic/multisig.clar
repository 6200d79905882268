;; A 2-of-3 multisig wallet: owners approve a payment; it executes on the second approval; outsiders and double
;; approvals are refused.
;; @epochs 3.0
;; @deploy multisig
;; @call multisig deposit u9000 => (ok true)
;; @call[wallet_1] multisig submit $wallet_4 u2500 => (ok u0)
;; @call[wallet_1] multisig approve u0 => (ok false)
;; @call[wallet_1] multisig approve u0 => (err u409)
;; @call[wallet_4] multisig approve u0 => (err u401)
;; @call[wallet_2] multisig approve u0 => (ok true)
;; @events stx_transfer
;; @call[wallet_3] multisig approve u0 => (err u410)
;; @read multisig balance $wallet_4 => u2500
(define-constant owners (list 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG 'ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC))
(define-data-var next uint u0)
(define-map txs uint {to: principal, amount: uint, approvals: uint, done: bool})
(define-map approved {tx: uint, owner: principal} bool)
(define-public (deposit (amount uint)) (stx-transfer? amount tx-sender (as-contract tx-sender)))
(define-public (submit (to principal) (amount uint))
  (let ((id (var-get next)))
    (asserts! (is-some (index-of owners tx-sender)) (err u401))
    (map-set txs id {to: to, amount: amount, approvals: u0, done: false})
    (var-set next (+ id u1))
    (ok id)))
(define-public (approve (id uint))
  (let ((t (unwrap! (map-get? txs id) (err u404))) (n (+ (get approvals t) u1)))
    (asserts! (is-some (index-of owners tx-sender)) (err u401))
    (asserts! (not (get done t)) (err u410))
    (asserts! (map-insert approved {tx: id, owner: tx-sender} true) (err u409))
    (map-set txs id (merge t {approvals: n, done: (>= n u2)}))
    (if (>= n u2)
        (begin (try! (as-contract (stx-transfer? (get amount t) tx-sender (get to t)))) (ok true))
        (ok false))))
(define-read-only (balance (who principal)) (stx-get-balance who))
