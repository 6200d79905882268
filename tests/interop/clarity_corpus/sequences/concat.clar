;; concat joins two lists, strings or buffers of the same kind.
;; @epochs 3.0 3.3
;; @deploy concat
;; @read concat lists (list 1 2) (list 3) => (1 2 3)
;; @read concat strs "foo" "bar" => "foobar"
;; @read concat utf8 u"\u{e9}t\u{e9}" u"!" => u"\u{c3a9}t\u{c3a9}!"
;; @read concat buffs 0x0102 0x => 0x0102
;; @read concat lists (list) (list) => ()
(define-read-only (lists (a (list 4 int)) (b (list 4 int))) (concat a b))
(define-read-only (strs (a (string-ascii 8)) (b (string-ascii 8))) (concat a b))
(define-read-only (utf8 (a (string-utf8 8)) (b (string-utf8 8))) (concat a b))
(define-read-only (buffs (a (buff 8)) (b (buff 8))) (concat a b))
