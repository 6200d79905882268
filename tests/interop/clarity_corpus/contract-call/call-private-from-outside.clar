;; Calling a private function from outside (as a transaction) is refused; so is calling a read-only one as public
;; through the read-only path of a public function.
;; @deploy call-private-from-outside
;; @call call-private-from-outside hidden => !call
;; @read call-private-from-outside pub => !call
;; @call call-private-from-outside pub => (ok u2)
(define-private (hidden) (ok u1))
(define-public (pub) (ok u2))
