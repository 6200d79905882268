;; string-to-int? and string-to-uint? (Clarity 2) parse decimal strings, giving none on anything else.
;; @epochs 2.1 3.0 3.3
;; @deploy string-to-int
;; @read string-to-int parse "123" => (tuple (int (some 123)) (uint (some u123)))
;; @read string-to-int parse "-5" => (tuple (int (some -5)) (uint none))
;; @read string-to-int parse "12a" => (tuple (int none) (uint none))
;; @read string-to-int parse "" => (tuple (int none) (uint none))
;; @read string-to-int parse "340282366920938463463374607431768211456" => (tuple (int none) (uint none))
;; @read string-to-int parse-utf8 u"007" => (tuple (int (some 7)) (uint (some u7)))
(define-read-only (parse (s (string-ascii 48))) {int: (string-to-int? s), uint: (string-to-uint? s)})
(define-read-only (parse-utf8 (s (string-utf8 48))) {int: (string-to-int? s), uint: (string-to-uint? s)})
