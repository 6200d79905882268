;; stx-liquid-supply: all liquid micro-STX (the deployer's 100,000,000 STX here); burning lowers it.
;; @deploy stx-liquid-supply
;; @read stx-liquid-supply supply => u100000000000000
;; @call stx-liquid-supply burn u1000 => (ok u99999999999000)
(define-read-only (supply) stx-liquid-supply)
(define-public (burn (amount uint)) (begin (try! (stx-burn? amount tx-sender)) (ok stx-liquid-supply)))
