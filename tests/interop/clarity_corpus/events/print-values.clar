;; print returns its argument and emits a print event with the value's bytes, for every kind of value.
;; @epochs 2.0 2.05 2.1 3.0 3.3
;; @deploy print-values
;; @call print-values show => (ok u9)
;; @events print print print print print print
(define-public (show)
  (begin
    (print 1)
    (print "text")
    (print {a: (list 1 2), b: (some 0x01)})
    (print tx-sender)
    (print {r: (err u3)})
    (ok (print u9))))
