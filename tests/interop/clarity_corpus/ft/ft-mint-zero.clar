;; Minting zero tokens is refused with (err u1), and emits nothing.
;; @deploy ft-mint-zero
;; @call ft-mint-zero mint u0 $wallet_1 => (err u1)
;; @events -
(define-fungible-token gold)
(define-public (mint (amount uint) (to principal)) (ft-mint? gold amount to))
