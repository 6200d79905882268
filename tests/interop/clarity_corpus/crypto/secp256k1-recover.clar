;; secp256k1-recover? gives the public key that signed a message hash, or an error code for a bad signature.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy secp256k1-recover
;; @read secp256k1-recover recover 0xde5b9eb9e7c5592930eb2e30a01369c36586d872082ed8181ee83d2a0ec20f04 0x8738487ebe69b93d8e51583be8eee50bb4213fc49c767d329632730cc193b873554428fc936ca3569afc15f1c9365f6591d6251a89fee9c9ac661116824d3a1301 => (ok 0x03adb8de4bfb65db2cfd6120d55c6526ae9c52e675db7e47308636534ba7786110)
;; @read secp256k1-recover recover 0x0000000000000000000000000000000000000000000000000000000000000001 0x8738487ebe69b93d8e51583be8eee50bb4213fc49c767d329632730cc193b873554428fc936ca3569afc15f1c9365f6591d6251a89fee9c9ac661116824d3a1301 => *
;; @read secp256k1-recover recover 0xde5b9eb9e7c5592930eb2e30a01369c36586d872082ed8181ee83d2a0ec20f04 0x8738487ebe69b93d8e51583be8eee50bb4213fc49c767d329632730cc193b873554428fc936ca3569afc15f1c9365f6591d6251a89fee9c9ac661116824d3a1304 => (err u2)
;; @read secp256k1-recover recover 0xde5b9eb9e7c5592930eb2e30a01369c36586d872082ed8181ee83d2a0ec20f04 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00 => (err u1)
(define-read-only (recover (h (buff 32)) (sig (buff 65))) (secp256k1-recover? h sig))
