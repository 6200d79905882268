;; A time lock on block height: funds locked for two blocks can be withdrawn only once the chain has passed them.
;; @epochs 3.0 3.3
;; @clarity 3
;; @deploy timelock
;; @call timelock lock u800 u2 => (ok u5)
;; @call timelock withdraw => (err u425)
;; @call timelock noop => (ok true)
;; @call timelock withdraw => (ok u800)
;; @events stx_transfer
;; @call timelock withdraw => (err u404)
(define-map locks principal {amount: uint, until: uint})
(define-public (lock (amount uint) (blocks uint))
  (let ((until (+ stacks-block-height blocks)))
    (try! (stx-transfer? amount tx-sender (as-contract tx-sender)))
    (map-set locks tx-sender {amount: amount, until: until})
    (ok until)))
(define-public (noop) (ok true))
(define-public (withdraw)
  (let ((who tx-sender) (l (unwrap! (map-get? locks tx-sender) (err u404))))
    (asserts! (>= stacks-block-height (get until l)) (err u425))
    (map-delete locks who)
    (try! (as-contract (stx-transfer? (get amount l) tx-sender who)))
    (ok (get amount l))))
