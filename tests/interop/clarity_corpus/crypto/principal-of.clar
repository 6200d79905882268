;; principal-of? turns a public key into the address of the chain's network (testnet here), for Clarity 1 contracts
;; too from Epoch 2.1 (before it, Clarity 1 always gave the mainnet address). A buffer that is not a valid public key
;; stops the call with RuntimeCheck(TypeValueError) rather than answering (err u1).
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy principal-of
;; @read principal-of addr 0x03adb8de4bfb65db2cfd6120d55c6526ae9c52e675db7e47308636534ba7786110 => (ok ST1AW6EKPGT61SQ9FNVDS17RKNWT8ZP582VF9HSCP)
;; @read principal-of addr 0x0300000000000000000000000000000000000000000000000000000000000000 => !runtime RuntimeCheck/TypeValueError
;; @deploy[clarity=1] principal-of-c1
;; @read principal-of-c1 addr 0x03adb8de4bfb65db2cfd6120d55c6526ae9c52e675db7e47308636534ba7786110 => (ok ST1AW6EKPGT61SQ9FNVDS17RKNWT8ZP582VF9HSCP)
;; @contract principal-of
(define-read-only (addr (key (buff 33))) (principal-of? key))
;; @contract principal-of-c1
(define-read-only (addr (key (buff 33))) (principal-of? key))
