;; ft-mint? credits an account and raises the supply, with an ft_mint event.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy ft-mint
;; @call ft-mint mint u100 $wallet_1 => (ok true)
;; @events ft_mint
;; @read ft-mint balance $wallet_1 => u100
;; @read ft-mint supply => u100
(define-fungible-token gold)
(define-public (mint (amount uint) (to principal)) (ft-mint? gold amount to))
(define-read-only (balance (who principal)) (ft-get-balance gold who))
(define-read-only (supply) (ft-get-supply gold))
