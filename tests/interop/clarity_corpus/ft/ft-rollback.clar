;; A mint inside a public call that then returns err is rolled back with its event.
;; @deploy ft-rollback
;; @call ft-rollback mint-then-fail u10 => (err u99)
;; @events -
;; @read ft-rollback supply => u0
(define-fungible-token coin)
(define-public (mint-then-fail (amount uint))
  (begin (try! (ft-mint? coin amount tx-sender)) (err u99)))
(define-read-only (supply) (ft-get-supply coin))
