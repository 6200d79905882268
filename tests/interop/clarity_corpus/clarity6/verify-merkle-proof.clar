;; verify-merkle-proof (Clarity 6): a one-transaction tree (leaf = root), a two-leaf tree (double SHA-256 of "a" and
;; "b", root computed with Node's crypto) from either side, and proofs that do not fit the tree shape.
;; @epochs 4.0
;; @deploy verify-merkle-proof
;; @read verify-merkle-proof single => true
;; @read verify-merkle-proof pair u0 => true
;; @read verify-merkle-proof pair u1 => false
;; @read verify-merkle-proof wrong-count => false
(define-constant a 0xbf5d3affb73efd2ec6c36ad3112dd933efed63c4e1cbffcfa88e2759c144f2d8)
(define-constant b 0x39361160903c6695c6804b7157c7bd10013e9ba89b1f954243bc8e3990b08db9)
(define-constant root 0xb767a3a12f5f8bb1949d163c51f9a42e6bda8dcd02d50353717f73d4338b1bf0)
(define-read-only (single) (verify-merkle-proof 0x3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a 0x3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a u0 u1 (list)))
(define-read-only (pair (index uint)) (verify-merkle-proof a root index u2 (list b)))
(define-read-only (wrong-count) (verify-merkle-proof a root u0 u5 (list b)))
