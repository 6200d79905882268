;; Optional chaining: each lookup may be absent, and try! stops at the first absence.
;; @deploy optional-chain
;; @call optional-chain setup => (ok true)
;; @read optional-chain city-of u1 => (some "Paris")
;; @read optional-chain city-of u2 => none
;; @read optional-chain city-of u3 => none
(define-map users uint {address-id: uint})
(define-map addresses uint {city: (string-ascii 16)})
(define-public (setup)
  (begin
    (map-set users u1 {address-id: u10})
    (map-set users u2 {address-id: u20})
    (map-set addresses u10 {city: "Paris"})
    (ok true)))
(define-read-only (city-of (user uint))
  (let ((u (try! (map-get? users user))) (a (try! (map-get? addresses (get address-id u)))))
    (some (get city a))))
