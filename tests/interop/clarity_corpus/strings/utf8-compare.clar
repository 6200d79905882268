;; Comparing UTF-8 strings (Clarity 2) orders them by their bytes.
;; @deploy utf8-compare
;; @read utf8-compare lt u"z" u"\u{e9}" => true
;; @read utf8-compare lt u"\u{1F600}" u"\u{20ac}" => false
;; @read utf8-compare lt u"" u"a" => true
(define-read-only (lt (a (string-utf8 4)) (b (string-utf8 4))) (< a b))
