;; Many map writes in one call (fold over 50 keys), then reads of some of them.
;; @epochs 3.0 3.3
;; @deploy map-many-entries
;; @call map-many-entries fill => (ok u50)
;; @read map-many-entries look u0 => (some u0)
;; @read map-many-entries look u49 => (some u2401)
;; @read map-many-entries look u50 => none
(define-map squares uint uint)
(define-constant keys (list u0 u1 u2 u3 u4 u5 u6 u7 u8 u9 u10 u11 u12 u13 u14 u15 u16 u17 u18 u19 u20 u21 u22 u23 u24 u25 u26 u27 u28 u29 u30 u31 u32 u33 u34 u35 u36 u37 u38 u39 u40 u41 u42 u43 u44 u45 u46 u47 u48 u49))
(define-private (put-square (k uint) (n uint)) (begin (map-set squares k (* k k)) (+ n u1)))
(define-public (fill) (ok (fold put-square keys u0)))
(define-read-only (look (k uint)) (map-get? squares k))
