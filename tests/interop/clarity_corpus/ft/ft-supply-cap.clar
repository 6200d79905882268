;; A token with a total supply: minting up to the cap succeeds; past it the call stops with Runtime(SupplyOverflow)
;; (an error, not an err value); burning frees room again.
;; @epochs 3.0 3.3
;; @deploy ft-supply-cap
;; @call ft-supply-cap mint u900 $wallet_1 => (ok true)
;; @call ft-supply-cap mint u100 $wallet_2 => (ok true)
;; @call ft-supply-cap mint u1 $wallet_2 => !runtime Runtime/SupplyOverflow
;; @call[wallet_1] ft-supply-cap burn u50 => (ok true)
;; @call ft-supply-cap mint u50 $wallet_2 => (ok true)
;; @read ft-supply-cap supply => u1000
(define-fungible-token capped u1000)
(define-public (mint (amount uint) (to principal)) (ft-mint? capped amount to))
(define-public (burn (amount uint)) (ft-burn? capped amount tx-sender))
(define-read-only (supply) (ft-get-supply capped))
