;; stx-account (Clarity 2) gives the locked and unlocked balance and the unlock height.
;; @epochs 2.1 3.0 3.3
;; @deploy stx-account
;; @read stx-account acct $deployer => (tuple (locked u0) (unlock-height u0) (unlocked u100000000000000))
;; @read stx-account acct $wallet_3 => (tuple (locked u0) (unlock-height u0) (unlocked u0))
(define-read-only (acct (who principal)) (stx-account who))
