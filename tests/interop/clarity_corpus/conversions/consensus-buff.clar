;; to-consensus-buff? (Clarity 2) gives the consensus serialization of any value.
;; @epochs 2.1 3.0 3.3
;; @deploy consensus-buff
;; @read consensus-buff enc-int 1 => (some 0x0000000000000000000000000000000001)
;; @read consensus-buff enc-uint u1 => (some 0x0100000000000000000000000000000001)
;; @read consensus-buff enc-string "abc" => (some 0x0d00000003616263)
;; @read consensus-buff enc-tuple {b: true, a: none} => (some 0x0c00000002016109016203)
;; @read consensus-buff enc-resp (err u2) => (some 0x080100000000000000000000000000000002)
;; @read consensus-buff enc-principal $deployer.consensus-buff => (some 0x061a6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce0e636f6e73656e7375732d62756666)
(define-read-only (enc-int (x int)) (to-consensus-buff? x))
(define-read-only (enc-uint (x uint)) (to-consensus-buff? x))
(define-read-only (enc-string (x (string-ascii 8))) (to-consensus-buff? x))
(define-read-only (enc-tuple (x {a: (optional int), b: bool})) (to-consensus-buff? x))
(define-read-only (enc-resp (x (response int uint))) (to-consensus-buff? x))
(define-read-only (enc-principal (x principal)) (to-consensus-buff? x))
