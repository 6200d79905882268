;; What stops a guard at run time: with-ft or with-nft naming a standard principal, a token name that is not a Clarity
;; name; and what a failing body gives: its error when no allowance is exceeded, the violation otherwise (the body's
;; error is then dropped with its writes).
;; @epochs 3.3 3.4
;; @deploy allowance-errors
;; @call allowance-errors standard-principal => !runtime RuntimeCheck/ExpectedContractPrincipalValue
;; @call allowance-errors bad-token-name => !runtime Runtime/BadTokenName
;; @call allowance-errors fail-without-violation => !runtime Runtime/DivisionByZero
;; @call allowance-errors fail-after-violation u10 => (err u128)
;; @call allowance-errors early-return-inside u10 => (err u9)
;; @read allowance-errors received => u0
(define-constant to 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
(define-data-var zero uint u0)
(define-public (standard-principal)
  (ok (restrict-assets? tx-sender ((with-ft tx-sender "gold" u1)) u1)))
(define-public (bad-token-name)
  (ok (restrict-assets? tx-sender ((with-ft current-contract "not a name" u1)) u1)))
(define-public (fail-without-violation)
  (ok (restrict-assets? tx-sender () (/ u1 (var-get zero)))))
(define-public (fail-after-violation (n uint))
  (begin
    (try! (restrict-assets? tx-sender () (try! (stx-transfer? n tx-sender to)) (/ u1 (var-get zero))))
    (ok true)))
(define-public (early-return-inside (n uint))
  (begin
    (try! (restrict-assets? tx-sender ((with-stx u100)) (try! (stx-transfer? n tx-sender to)) (unwrap! (if (> n u0) none (some u1)) (err u9))))
    (ok true)))
(define-read-only (received) (stx-get-balance to))
