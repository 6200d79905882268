;; some, none, is-some and is-none on arguments and on map lookups.
;; @epochs 3.0 3.3
;; @deploy some-none
;; @read some-none wrap 3 => (some 3)
;; @read some-none probe (some u1) => (tuple (none false) (some true))
;; @read some-none probe none => (tuple (none true) (some false))
;; @read some-none nested (some (some 1)) => (tuple (inner true) (outer true))
;; @read some-none nested (some none) => (tuple (inner false) (outer true))
(define-read-only (wrap (x int)) (some x))
(define-read-only (probe (o (optional uint))) {some: (is-some o), none: (is-none o)})
(define-read-only (nested (o (optional (optional int))))
  {outer: (is-some o), inner: (match o inner (is-some inner) false)})
