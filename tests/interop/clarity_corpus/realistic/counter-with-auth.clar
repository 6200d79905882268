;; A counter only its owner may change, with ownership transfer: the old owner loses the right.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy counter-with-auth
;; @call counter-with-auth increment => (ok u1)
;; @call[wallet_1] counter-with-auth increment => (err u401)
;; @call counter-with-auth set-owner $wallet_1 => (ok true)
;; @events print
;; @call counter-with-auth increment => (err u401)
;; @call[wallet_1] counter-with-auth increment => (ok u2)
;; @call[wallet_1] counter-with-auth decrement => (ok u1)
;; @call[wallet_1] counter-with-auth decrement => (ok u0)
;; @call[wallet_1] counter-with-auth decrement => (err u400)
;; @read counter-with-auth get-state => (tuple (count u0) (owner ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))
(define-data-var owner principal tx-sender)
(define-data-var count uint u0)
(define-constant err-unauthorized (err u401))
(define-constant err-underflow (err u400))
(define-private (only-owner) (if (is-eq tx-sender (var-get owner)) (ok true) err-unauthorized))
(define-public (increment) (begin (try! (only-owner)) (var-set count (+ (var-get count) u1)) (ok (var-get count))))
(define-public (decrement)
  (begin (try! (only-owner)) (asserts! (> (var-get count) u0) err-underflow) (var-set count (- (var-get count) u1)) (ok (var-get count))))
(define-public (set-owner (new principal))
  (begin (try! (only-owner)) (print {event: "owner-changed", from: (var-get owner), to: new}) (ok (var-set owner new))))
(define-read-only (get-state) {owner: (var-get owner), count: (var-get count)})
