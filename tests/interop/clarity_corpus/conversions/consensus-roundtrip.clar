;; Every value survives to-consensus-buff? then from-consensus-buff? unchanged.
;; @deploy consensus-roundtrip
;; @read consensus-roundtrip rt => true
(define-constant v {n: -5, u: u7, s: "hi", w: u"\u{e9}", b: 0x00ff, l: (list (some 1) none), r: (ok true), p: tx-sender})
(define-read-only (rt)
  (is-eq (some v)
    (from-consensus-buff? {n: int, u: uint, s: (string-ascii 2), w: (string-utf8 1), b: (buff 2), l: (list 2 (optional int)), r: (response bool int), p: principal}
      (unwrap-panic (to-consensus-buff? v)))))
