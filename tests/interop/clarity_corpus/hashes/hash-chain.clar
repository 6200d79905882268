;; A hash chain: sha256 applied five times through fold, equal to five nested calls.
;; @deploy hash-chain
;; @read hash-chain same 0x616263 => true
(define-private (step (i int) (h (buff 32))) (sha256 h))
(define-read-only (same (seed (buff 32)))
  (is-eq (fold step (list 1 2 3 4 5) (sha256 seed)) (sha256 (sha256 (sha256 (sha256 (sha256 (sha256 seed))))))))
