;; contract-hash? (Clarity 4) is the SHA-512/256 of a contract's source; (err u1) for a standard principal, (err u2)
;; for a contract that does not exist. (The hash below is of the target section's text,
;; "(define-read-only (f) u1)", computed independently.)
;; @epochs 3.3
;; @deploy target
;; @deploy hasher
;; @read hasher hash-of $deployer.target => (ok 0x856f300661d9747c6e47941c14fac2961ca3aa8ee2cb78c9a1d5ea144e0b33c3)
;; @read hasher hash-of $wallet_1 => (err u1)
;; @read hasher hash-of $deployer.missing => (err u2)
;; @contract target
(define-read-only (f) u1)
;; @contract hasher
(define-read-only (hash-of (p principal)) (contract-hash? p))
