;; A function named like a type keyword (buff) that another signature's type mentions is refused at analysis
;; ("interdependent functions").
;; @deploy function-named-like-type => !analysis
(define-read-only (buff (a (buff 10)) (b (buff 10))) (< a b))
