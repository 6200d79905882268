;; secp256r1-verify (Clarity 4): a P-256 signature (64 bytes, r and s) over a 32-byte message hash, verified as Clarity
;; 4 does, over the SHA-256 of that hash (the key pair was made with Node's crypto, which signs SHA-256(h)). Another
;; message or an all-zero key gives false; a malformed signature stops the call.
;; @epochs 3.3
;; @deploy secp256r1-verify
;; @read secp256r1-verify check 0xf8691c973399b0c18e35b7722f22916b13bf33ebaf2f47710efc58ba7b0d7b98 0xce800a989cdb7c9e5c0ef03ed8d12ed85bbeed73041f28b70bc8001dfa9c34ba13cf3d8277d3b00ff94cb7facd7d8bf387e1d38ad6834b8a251d96db730938ff 0x0307ba6ec625dbd23c6b458f9ff61ce6e45fbcc0868ceb21684d3cfc62ecc8bc60 => true
;; @read secp256r1-verify check 0xf8691c973399b0c18e35b7722f22916b13bf33ebaf2f47710efc58ba7b0d7b99 0xce800a989cdb7c9e5c0ef03ed8d12ed85bbeed73041f28b70bc8001dfa9c34ba13cf3d8277d3b00ff94cb7facd7d8bf387e1d38ad6834b8a251d96db730938ff 0x0307ba6ec625dbd23c6b458f9ff61ce6e45fbcc0868ceb21684d3cfc62ecc8bc60 => false
;; @read secp256r1-verify check 0x0000000000000000000000000000000000000000000000000000000000000000 0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 0x020000000000000000000000000000000000000000000000000000000000000000 => false
;; @read secp256r1-verify check 0x00 0x00 0x00 => !runtime RuntimeCheck/TypeValueError
(define-read-only (check (h (buff 32)) (sig (buff 64)) (key (buff 33))) (secp256r1-verify h sig key))
