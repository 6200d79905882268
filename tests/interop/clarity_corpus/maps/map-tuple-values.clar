;; Maps with tuple keys and values, updated field by field with merge.
;; @epochs 3.0 3.3
;; @deploy map-tuple-values
;; @call map-tuple-values open "alice" => (ok true)
;; @call map-tuple-values deposit "alice" u50 => (ok u50)
;; @call map-tuple-values deposit "alice" u25 => (ok u75)
;; @call map-tuple-values deposit "bob" u1 => (err u404)
;; @read map-tuple-values account "alice" => (some (tuple (balance u75) (deposits u2) (open true)))
(define-map accounts {name: (string-ascii 8)} {balance: uint, deposits: uint, open: bool})
(define-public (open (name (string-ascii 8))) (ok (map-insert accounts {name: name} {balance: u0, deposits: u0, open: true})))
(define-public (deposit (name (string-ascii 8)) (amount uint))
  (let ((acct (unwrap! (map-get? accounts {name: name}) (err u404)))
        (new (merge acct {balance: (+ (get balance acct) amount), deposits: (+ (get deposits acct) u1)})))
    (map-set accounts {name: name} new)
    (ok (get balance new))))
(define-read-only (account (name (string-ascii 8))) (map-get? accounts {name: name}))
