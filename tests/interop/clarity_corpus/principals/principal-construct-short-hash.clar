;; principal-construct? needs exactly 20 hash bytes: a shorter buffer is an error value, not a failure.
;; @deploy principal-construct-short-hash
;; @read principal-construct-short-hash make 0x1a 0x0102 => (err (tuple (error_code u1) (value none)))
(define-read-only (make (v (buff 1)) (h (buff 20))) (principal-construct? v h))
