;; to-ascii? (Clarity 4) renders simple values as ASCII text.
;; @epochs 3.3
;; @deploy to-ascii
;; @read to-ascii render => (tuple (b (ok "true")) (i (ok "-7")) (p (ok "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM")) (u (ok "u7")) (x (ok "0x0102")))
(define-read-only (render)
  {i: (to-ascii? -7), u: (to-ascii? u7), b: (to-ascii? true), x: (to-ascii? 0x0102), p: (to-ascii? tx-sender)})
