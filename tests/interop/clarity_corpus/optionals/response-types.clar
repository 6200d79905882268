;; Responses carrying compound values, and a response returned through two functions.
;; @deploy response-types
;; @read response-types lookup u1 => (ok (tuple (name "alice") (tags ("a" "b"))))
;; @read response-types lookup u2 => (err (tuple (code u404) (why "missing")))
(define-private (find (id uint))
  (if (is-eq id u1)
      (ok {name: "alice", tags: (list "a" "b")})
      (err {code: u404, why: "missing"})))
(define-read-only (lookup (id uint)) (find id))
