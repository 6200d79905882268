;; from-consensus-buff? (Clarity 2) decodes bytes as the given type, or gives none.
;; @epochs 2.1 3.0 3.3
;; @deploy from-consensus-buff
;; @read from-consensus-buff dec-int 0x0000000000000000000000000000000001 => (some 1)
;; @read from-consensus-buff dec-int 0x0100000000000000000000000000000001 => none
;; @read from-consensus-buff dec-int 0x00000000000000000000000000000001 => none
;; @read from-consensus-buff dec-int 0x000000000000000000000000000000000100 => none
;; @read from-consensus-buff dec-string 0x0d00000003616263 => (some "abc")
;; @read from-consensus-buff dec-string 0x0d0000000a61626364656667686a6b => none
;; @read from-consensus-buff dec-tuple 0x0c00000002016109016203 => (some (tuple (a none) (b true)))
(define-read-only (dec-int (b (buff 64))) (from-consensus-buff? int b))
(define-read-only (dec-string (b (buff 64))) (from-consensus-buff? (string-ascii 8) b))
(define-read-only (dec-tuple (b (buff 64))) (from-consensus-buff? {a: (optional int), b: bool} b))
