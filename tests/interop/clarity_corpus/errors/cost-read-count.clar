;; A call that reads a map more than 15,000 times (the block's read_count limit) fails with
;; RuntimeCheck(CostBalanceExceeded); a smaller loop runs.
;; @epochs 3.0 3.3
;; @deploy cost-read-count
;; @read cost-read-count reads u10 => u160
;; @call cost-read-count reads-pub u1000 => !runtime RuntimeCheck/CostBalanceExceeded
(define-map m uint uint)
(define-constant sixteen (list u1 u2 u3 u4 u5 u6 u7 u8 u9 u10 u11 u12 u13 u14 u15 u16))
(define-private (read16 (i uint) (n uint)) (+ n (fold read1 sixteen u0)))
(define-private (read1 (k uint) (n uint)) (begin (map-get? m k) (+ n u1)))
(define-private (loop (n uint))
  (fold read16 (unwrap-panic (slice? (list u0 u1 u2 u3 u4 u5 u6 u7 u8 u9 u10 u11 u12 u13 u14 u15 u16 u17 u18 u19 u20 u21 u22 u23 u24 u25 u26 u27 u28 u29 u30 u31 u32 u33 u34 u35 u36 u37 u38 u39 u40 u41 u42 u43 u44 u45 u46 u47 u48 u49 u50 u51 u52 u53 u54 u55 u56 u57 u58 u59 u60 u61 u62 u63 u64 u65 u66 u67 u68 u69 u70 u71 u72 u73 u74 u75 u76 u77 u78 u79 u80 u81 u82 u83 u84 u85 u86 u87 u88 u89 u90 u91 u92 u93 u94 u95 u96 u97 u98 u99) u0 (if (> n u100) u100 n))) u0))
(define-read-only (reads (n uint)) (loop n))
(define-public (reads-pub (n uint)) (ok (+ (loop n) (loop n) (loop n) (loop n) (loop n) (loop n) (loop n) (loop n) (loop n) (loop n))))
