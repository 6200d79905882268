(define-public (f (a uint))
  (ok {a: a, b: u"x\u{e9}"}))
