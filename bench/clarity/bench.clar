;; The contract both VMs are timed on (bench/README.md, "Clarity VM"): each public function is one shape the
;; benchmark calls with the same arguments in both.
(define-map squares uint uint)

;; A call that does nothing: what a call itself costs.
(define-public (noop)
  (ok true))

;; Arithmetic over a list argument, one private call per item.
(define-private (step (x int) (acc int))
  (+ acc (* x x)))

(define-public (fold-items (xs (list 1001 int)))
  (ok (fold step xs 0)))

;; 200 map-set, then 200 map-get? of the same keys.
(define-private (put (k uint) (acc uint))
  (begin
    (map-set squares k (* k k))
    (+ acc u1)))

(define-private (get-one (k uint) (acc uint))
  (+ acc (default-to u0 (map-get? squares k))))

(define-public (map-set-get (ks (list 200 uint)))
  (ok (fold get-one ks (fold put ks u0))))

;; sha256 of each of a list of buffers.
(define-public (hash-items (bs (list 200 (buff 32))))
  (ok (map sha256 bs)))
