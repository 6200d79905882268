;; Printing strings: the event carries the value's consensus bytes, for ASCII and multi-byte UTF-8.
;; @deploy string-print
;; @call string-print say "hi" u"\u{e9}\u{1F600}" => (ok true)
;; @events print print
(define-public (say (a (string-ascii 8)) (u (string-utf8 8))) (begin (print a) (print u) (ok true)))
