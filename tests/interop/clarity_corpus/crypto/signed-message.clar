;; A contract that accepts an action only with a signature by a registered key, recovered with secp256k1-recover?.
;; @deploy signed-message
;; @call signed-message act 0xde5b9eb9e7c5592930eb2e30a01369c36586d872082ed8181ee83d2a0ec20f04 0x8738487ebe69b93d8e51583be8eee50bb4213fc49c767d329632730cc193b873554428fc936ca3569afc15f1c9365f6591d6251a89fee9c9ac661116824d3a1301 => (ok u1)
;; @call signed-message act 0xde5b9eb9e7c5592930eb2e30a01369c36586d872082ed8181ee83d2a0ec20f04 0x8738487ebe69b93d8e51583be8eee50bb4213fc49c767d329632730cc193b873554428fc936ca3569afc15f1c9365f6591d6251a89fee9c9ac661116824d3a1300 => (err u403)
;; @read signed-message count => u1
(define-constant signer 0x03adb8de4bfb65db2cfd6120d55c6526ae9c52e675db7e47308636534ba7786110)
(define-data-var n uint u0)
(define-public (act (h (buff 32)) (sig (buff 65)))
  (begin
    (asserts! (is-eq (secp256k1-recover? h sig) (ok signer)) (err u403))
    (var-set n (+ (var-get n) u1))
    (ok (var-get n))))
(define-read-only (count) (var-get n))
