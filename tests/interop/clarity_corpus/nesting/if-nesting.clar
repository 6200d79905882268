;; A decision tree of nested ifs, 25 deep, taken to its deepest leaf.
;; @deploy if-nesting
;; @read if-nesting f u25 => u25
;; @read if-nesting f u3 => u3
(define-read-only (f (n uint)) (if (is-eq n u1) u1 (if (is-eq n u2) u2 (if (is-eq n u3) u3 (if (is-eq n u4) u4 (if (is-eq n u5) u5 (if (is-eq n u6) u6 (if (is-eq n u7) u7 (if (is-eq n u8) u8 (if (is-eq n u9) u9 (if (is-eq n u10) u10 (if (is-eq n u11) u11 (if (is-eq n u12) u12 (if (is-eq n u13) u13 (if (is-eq n u14) u14 (if (is-eq n u15) u15 (if (is-eq n u16) u16 (if (is-eq n u17) u17 (if (is-eq n u18) u18 (if (is-eq n u19) u19 (if (is-eq n u20) u20 (if (is-eq n u21) u21 (if (is-eq n u22) u22 (if (is-eq n u23) u23 (if (is-eq n u24) u24 u25)))))))))))))))))))))))))
