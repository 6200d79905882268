;; principal-destruct? (Clarity 2) splits a principal into version, hash bytes and contract name; a principal of the
;; other network comes back as an err with the same parts.
;; @epochs 2.1 3.0 3.3
;; @deploy principal-destruct
;; @read principal-destruct parts $deployer => (ok (tuple (hash-bytes 0x6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce) (name none) (version 0x1a)))
;; @read principal-destruct parts $deployer.token => (ok (tuple (hash-bytes 0x6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce) (name (some "token")) (version 0x1a)))
;; @read principal-destruct parts 'SP1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRCBGD7R => (err (tuple (hash-bytes 0x6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce) (name none) (version 0x16)))
(define-read-only (parts (p principal)) (principal-destruct? p))
