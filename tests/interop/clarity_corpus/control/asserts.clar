;; asserts! passes on true and returns its thrown value from the function on false; a public function's error
;; result rolls back what it wrote.
;; @epochs 3.0 3.3
;; @deploy asserts
;; @call asserts set-positive 5 => (ok 5)
;; @call asserts set-positive -1 => (err u400)
;; @read asserts get-value => 5
;; @read asserts check 0 => (err u1)
;; @read asserts check 1 => (ok true)
(define-data-var value int 0)
(define-public (set-positive (v int))
  (begin
    (var-set value v)
    (asserts! (> v 0) (err u400))
    (ok v)))
(define-read-only (get-value) (var-get value))
(define-read-only (check (v int)) (begin (asserts! (> v 0) (err u1)) (ok true)))
