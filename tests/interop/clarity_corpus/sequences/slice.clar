;; slice? (Clarity 2) takes [start, end) of a sequence; out of range or reversed bounds give none.
;; @epochs 2.1 3.0 3.3
;; @deploy slice
;; @read slice sub "blockstack" u5 u10 => (some "stack")
;; @read slice sub "blockstack" u0 u0 => (some "")
;; @read slice sub "blockstack" u3 u2 => none
;; @read slice sub "blockstack" u5 u11 => none
;; @read slice sub-list (list 1 2 3 4) u1 u3 => (some (2 3))
;; @read slice sub-buff 0x00112233 u2 u4 => (some 0x2233)
(define-read-only (sub (s (string-ascii 16)) (a uint) (b uint)) (slice? s a b))
(define-read-only (sub-list (xs (list 8 int)) (a uint) (b uint)) (slice? xs a b))
(define-read-only (sub-buff (x (buff 8)) (a uint) (b uint)) (slice? x a b))
