;; Data vars of compound types: lists, tuples, optionals, strings, principals.
;; @epochs 3.0 3.3
;; @deploy var-types
;; @call var-types update => (ok true)
;; @read var-types snapshot => (tuple (l (1 2 3)) (o (some u"\u{c3a9}")) (p ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5) (s "updated") (t (tuple (a 9) (b false))))
(define-data-var l (list 5 int) (list))
(define-data-var t {a: int, b: bool} {a: 0, b: true})
(define-data-var o (optional (string-utf8 4)) none)
(define-data-var s (string-ascii 10) "initial")
(define-data-var p principal tx-sender)
(define-public (update)
  (begin
    (var-set l (list 1 2 3))
    (var-set t {a: 9, b: false})
    (var-set o (some u"\u{e9}"))
    (var-set s "updated")
    (var-set p 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
    (ok true)))
(define-read-only (snapshot) {l: (var-get l), t: (var-get t), o: (var-get o), s: (var-get s), p: (var-get p)})
