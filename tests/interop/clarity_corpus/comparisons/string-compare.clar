;; Comparing strings and buffers (Clarity 2): lexicographic by bytes, a prefix sorts first.
;; @epochs 2.1 3.0 3.3
;; @deploy string-compare
;; @read string-compare cmp-ascii "a" "b" => (tuple (ge false) (gt false) (le true) (lt true))
;; @read string-compare cmp-ascii "ab" "b" => (tuple (ge false) (gt false) (le true) (lt true))
;; @read string-compare cmp-ascii "abc" "ab" => (tuple (ge true) (gt true) (le false) (lt false))
;; @read string-compare cmp-ascii "" "" => (tuple (ge true) (gt false) (le true) (lt false))
;; @read string-compare cmp-utf8 u"\u{e9}" u"z" => (tuple (ge true) (gt true) (le false) (lt false))
;; @read string-compare cmp-buff 0x01 0x0100 => (tuple (ge false) (gt false) (le true) (lt true))
;; @read string-compare cmp-buff 0xff 0x00ff => (tuple (ge true) (gt true) (le false) (lt false))
(define-read-only (cmp-ascii (a (string-ascii 10)) (b (string-ascii 10))) {lt: (< a b), le: (<= a b), gt: (> a b), ge: (>= a b)})
(define-read-only (cmp-utf8 (a (string-utf8 10)) (b (string-utf8 10))) {lt: (< a b), le: (<= a b), gt: (> a b), ge: (>= a b)})
(define-read-only (cmp-buff (a (buff 10)) (b (buff 10))) {lt: (< a b), le: (<= a b), gt: (> a b), ge: (>= a b)})
