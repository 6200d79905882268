(define-private (f) {a: 1,b: u2, c: "x\\"})


(define-public (g (x <t>)) (ok (list .c .c.t 0x01 u"\\u{41}")))
;; comment
