;; int-to-ascii and int-to-utf8 (Clarity 2) render ints and uints in decimal.
;; @epochs 2.1 3.0 3.3
;; @deploy int-to-string
;; @read int-to-string render -42 => (tuple (ascii "-42") (utf8 u"-42"))
;; @read int-to-string render -170141183460469231731687303715884105728 => (tuple (ascii "-170141183460469231731687303715884105728") (utf8 u"-170141183460469231731687303715884105728"))
;; @read int-to-string render-uint u340282366920938463463374607431768211455 => "340282366920938463463374607431768211455"
(define-read-only (render (x int)) {ascii: (int-to-ascii x), utf8: (int-to-utf8 x)})
(define-read-only (render-uint (x uint)) (int-to-ascii x))
