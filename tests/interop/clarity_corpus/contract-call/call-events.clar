;; Events of a callee (print, token mint) come in the caller's transaction, in order, tagged with the callee.
;; @epochs 3.0 3.3
;; @deploy token
;; @deploy shop
;; @call shop buy u3 => (ok true)
;; @events print ft_mint print
;; @contract token
(define-fungible-token points)
(define-public (award (n uint) (to principal)) (begin (print {awarded: n}) (ft-mint? points n to)))
;; @contract shop
(define-public (buy (n uint)) (begin (try! (contract-call? .token award n tx-sender)) (print "bought") (ok true)))
