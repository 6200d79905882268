;; A map of lists: appending to the list stored under a key, bounded by its type.
;; @deploy map-list-values
;; @call map-list-values add u1 "a" => (ok u1)
;; @call map-list-values add u1 "b" => (ok u2)
;; @call map-list-values add u1 "c" => (ok u3)
;; @call map-list-values add u1 "d" => (err u1)
;; @read map-list-values tags u1 => ("a" "b" "c")
(define-map tagged uint (list 3 (string-ascii 4)))
(define-public (add (k uint) (tag (string-ascii 4)))
  (let ((new (unwrap! (as-max-len? (append (default-to (list) (map-get? tagged k)) tag) u3) (err u1))))
    (map-set tagged k new)
    (ok (len new))))
(define-read-only (tags (k uint)) (default-to (list) (map-get? tagged k)))
