;; with-ft (Clarity 4): an allowance for one fungible token by name, or "*" for all of a contract's tokens.
;; @epochs 3.3
;; @deploy with-ft
;; @call with-ft setup => (ok true)
;; @call with-ft send-gold u30 => (ok true)
;; @events ft_transfer
;; @call with-ft send-gold u60 => (err u0)
;; @call with-ft send-any u60 => (ok true)
;; @read with-ft balance $wallet_1 => u90
(define-fungible-token gold)
(define-constant to 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
(define-public (setup) (ft-mint? gold u1000 tx-sender))
(define-public (send-gold (n uint))
  (restrict-assets? tx-sender ((with-ft current-contract "gold" u50)) (try! (ft-transfer? gold n tx-sender to))))
(define-public (send-any (n uint))
  (restrict-assets? tx-sender ((with-ft current-contract "*" u100)) (try! (ft-transfer? gold n tx-sender to))))
(define-read-only (balance (who principal)) (ft-get-balance gold who))
