;; principal-construct? (Clarity 2) builds a principal from a version byte, hash bytes and an optional contract name;
;; the other network's version gives (err {error_code: u0, value: (some p)}), an invalid version or name u1.
;; @epochs 2.1 3.0 3.3
;; @deploy principal-construct
;; @read principal-construct make 0x1a 0x6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce => (ok ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)
;; @read principal-construct make 0x16 0x6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce => (err (tuple (error_code u0) (value (some SP1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRCBGD7R))))
;; @read principal-construct make 0x20 0x6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce => (err (tuple (error_code u1) (value none)))
;; @read principal-construct make-contract 0x1a 0x6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce "token" => (ok ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token)
;; @read principal-construct make-contract 0x1a 0x6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce "1bad" => (err (tuple (error_code u2) (value none)))
(define-read-only (make (v (buff 1)) (h (buff 20))) (principal-construct? v h))
(define-read-only (make-contract (v (buff 1)) (h (buff 20)) (n (string-ascii 40))) (principal-construct? v h n))
