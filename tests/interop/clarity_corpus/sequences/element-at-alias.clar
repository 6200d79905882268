;; element-at? and index-of? (Clarity 2) are the same functions as element-at and index-of.
;; @epochs 2.1 3.0 3.3
;; @deploy element-at-alias
;; @read element-at-alias both (list 4 5 6) => (tuple (at (some 5)) (at2 (some 5)) (idx (some u2)) (idx2 (some u2)))
(define-read-only (both (xs (list 5 int)))
  {at: (element-at xs u1), at2: (element-at? xs u1), idx: (index-of xs 6), idx2: (index-of? xs 6)})
