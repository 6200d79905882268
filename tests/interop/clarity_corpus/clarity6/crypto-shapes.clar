;; ed25519-verify and secp256k1-decompress? (Clarity 6): RFC 8032's TEST 2 verifies; the identity key with the
;; signature (R = identity, s = 0) does not (the reference's strict verification refuses small-order points, which
;; OpenSSL's Ed25519 would accept); signatures and keys shorter than their types stop the call (RuntimeCheck); a
;; key with prefix 03 decompresses to the other y; costs, with the message's length in steps of 1,024 bytes.
;; @epochs 4.0
;; @deploy crypto-shapes
;; @call crypto-shapes ed 0x72 0x92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00 0x3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c => (ok true)
;; @call crypto-shapes ed 0x 0x01000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 0x0100000000000000000000000000000000000000000000000000000000000000 => (ok false)
;; @call crypto-shapes ed 0x72 0x92a0 0x3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c => !runtime RuntimeCheck/TypeValueError
;; @call crypto-shapes ed 0x72 0x92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00 0x3d40 => !runtime RuntimeCheck/TypeValueError
;; @call crypto-shapes ed-long u1023 => (ok false)
;; @call crypto-shapes ed-long u1024 => (ok false)
;; @call crypto-shapes dec 0x0350863ad64a87ae8a2fe83c1af1a8403cb53f53e486d8511dad8a04887e5b2352 => (ok (ok 0x0450863ad64a87ae8a2fe83c1af1a8403cb53f53e486d8511dad8a04887e5b2352d32b8fdbcbac5d66056188dc88e9efc543ee5e20c77aa1290d11e78063a7d089))
;; @call crypto-shapes dec 0x02ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff => (ok (err u1))
;; @call crypto-shapes dec 0x0250 => !runtime RuntimeCheck/TypeValueError
(define-constant zeros-128 0x0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)
(define-constant zeros-64 0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)
(define-constant zeros-32 0x0000000000000000000000000000000000000000000000000000000000000000)
(define-public (ed (message (buff 64)) (signature (buff 64)) (key (buff 32)))
  (ok (ed25519-verify message signature key)))
;; A message of `length` zero bytes (at most 1,152), under an all-zero signature and key.
(define-public (ed-long (length uint))
  (let ((message (unwrap-panic (slice? (concat zeros-128 zeros-128 zeros-128 zeros-128 zeros-128 zeros-128 zeros-128 zeros-128 zeros-128) u0 length))))
    (ok (ed25519-verify message zeros-64 zeros-32))))
(define-public (dec (key (buff 33))) (ok (secp256k1-decompress? key)))
