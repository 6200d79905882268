;; Nested tuples and updating an inner field by merging at each level.
;; @deploy nested-tuples
;; @call nested-tuples set-city "Lyon" => (ok (tuple (address (tuple (city "Lyon") (zip u69000))) (name "ana")))
;; @read nested-tuples city => "Lyon"
(define-data-var person {name: (string-ascii 8), address: {city: (string-ascii 8), zip: uint}}
  {name: "ana", address: {city: "Paris", zip: u69000}})
(define-public (set-city (c (string-ascii 8)))
  (let ((p (var-get person)))
    (var-set person (merge p {address: (merge (get address p) {city: c})}))
    (ok (var-get person))))
(define-read-only (city) (get city (get address (var-get person))))
