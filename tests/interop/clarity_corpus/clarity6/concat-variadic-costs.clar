;; Variadic concat (Clarity 6) charges once at the total length: lists, buffers, strings, empty lists among them; a
;; Clarity 5 contract at Epoch 4.0 joins two sequences through the same path.
;; @epochs 4.0
;; @deploy concat-variadic-costs
;; @deploy[clarity=5] concat-two-c5
;; @call concat-variadic-costs lists (list 1 2) (list) (list 3) => (ok (1 2 3))
;; @call concat-variadic-costs buffs 0x01 0x0203 0x => (ok 0x010203)
;; @call concat-variadic-costs utf8 u"a" u"\u{e9}" u"c" => (ok u"a\u{c3a9}c")
;; @call concat-variadic-costs optionals => (ok ((some 1) none (some 2)))
;; @call concat-two-c5 two "ab" "cd" => (ok "abcd")
;; @contract concat-variadic-costs
(define-public (lists (a (list 5 int)) (b (list 5 int)) (c (list 5 int))) (ok (concat a b c)))
(define-public (buffs (a (buff 4)) (b (buff 4)) (c (buff 4))) (ok (concat a b c)))
(define-public (utf8 (a (string-utf8 4)) (b (string-utf8 4)) (c (string-utf8 4))) (ok (concat a b c)))
(define-public (optionals) (ok (concat (list (some 1)) (list none) (list (some 2)))))
;; @contract concat-two-c5
(define-public (two (a (string-ascii 4)) (b (string-ascii 4))) (ok (concat a b)))
