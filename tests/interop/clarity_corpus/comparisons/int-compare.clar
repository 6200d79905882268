;; <, <=, >, >= on ints and uints, at the extremes too.
;; @epochs 3.0 3.3
;; @deploy int-compare
;; @read int-compare all 1 2 => (tuple (ge false) (gt false) (le true) (lt true))
;; @read int-compare all 2 2 => (tuple (ge true) (gt false) (le true) (lt false))
;; @read int-compare all -170141183460469231731687303715884105728 170141183460469231731687303715884105727 => (tuple (ge false) (gt false) (le true) (lt true))
;; @read int-compare all-uint u340282366920938463463374607431768211455 u0 => (tuple (ge true) (gt true) (le false) (lt false))
(define-read-only (all (a int) (b int)) {lt: (< a b), le: (<= a b), gt: (> a b), ge: (>= a b)})
(define-read-only (all-uint (a uint) (b uint)) {lt: (< a b), le: (<= a b), gt: (> a b), ge: (>= a b)})
