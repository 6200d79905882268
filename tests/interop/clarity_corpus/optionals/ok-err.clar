;; ok, err, is-ok and is-err.
;; @epochs 3.0 3.3
;; @deploy ok-err
;; @read ok-err classify (ok 1) => (tuple (err false) (ok true))
;; @read ok-err classify (err "bad") => (tuple (err true) (ok false))
;; @read ok-err make true => (ok u1)
;; @read ok-err make false => (err "no")
(define-read-only (classify (r (response int (string-ascii 4)))) {ok: (is-ok r), err: (is-err r)})
(define-read-only (make (good bool)) (if good (ok u1) (err "no")))
