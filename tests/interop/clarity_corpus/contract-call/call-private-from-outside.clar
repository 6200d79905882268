;; Calling a private function from outside (as a transaction) is refused; the public one next to it runs.
;; @deploy call-private-from-outside
;; @call call-private-from-outside hidden => !call
;; @call call-private-from-outside pub => (ok u2)
(define-private (hidden) (ok u1))
(define-public (pub) (ok u2))
