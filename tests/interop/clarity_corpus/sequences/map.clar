;; map over one and several lists (the result is as long as the shortest), with natives and defined functions.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy map
;; @read map double (list 1 2 3) => (2 4 6)
;; @read map pairwise (list 1 2 3) (list 10 20) => (11 22)
;; @read map flags (list true false) => (false true)
;; @read map lengths (list "a" "bcd" "") => (u1 u3 u0)
(define-private (dbl (x int)) (* x 2))
(define-read-only (double (xs (list 5 int))) (map dbl xs))
(define-read-only (pairwise (a (list 5 int)) (b (list 5 int))) (map + a b))
(define-read-only (flags (xs (list 5 bool))) (map not xs))
(define-private (slen (s (string-ascii 5))) (len s))
(define-read-only (lengths (xs (list 5 (string-ascii 5)))) (map slen xs))
