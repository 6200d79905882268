;; ft-burn? debits an account and lowers the supply, with an ft_burn event; burning more than held fails.
;; @epochs 3.0 3.3
;; @deploy ft-burn
;; @call ft-burn mint u10 => (ok true)
;; @call ft-burn burn u4 => (ok true)
;; @events ft_burn
;; @call ft-burn burn u7 => (err u1)
;; @call ft-burn burn u0 => (err u1)
;; @read ft-burn state => (tuple (balance u6) (supply u6))
(define-fungible-token coin)
(define-public (mint (amount uint)) (ft-mint? coin amount tx-sender))
(define-public (burn (amount uint)) (ft-burn? coin amount tx-sender))
(define-read-only (state) {balance: (ft-get-balance coin tx-sender), supply: (ft-get-supply coin)})
