;; try! unwraps an ok or some, and returns an err (or none) from the function as it is.
;; @epochs 3.0 3.3
;; @deploy try
;; @read try add-resp (ok 2) => (ok 3)
;; @read try add-resp (err u5) => (err u5)
;; @read try add-opt (some 2) => (some 3)
;; @read try add-opt none => none
;; @call try chain 1 => (ok 3)
;; @call try chain -1 => (err u10)
(define-read-only (add-resp (r (response int uint))) (ok (+ (try! r) 1)))
(define-read-only (add-opt (o (optional int))) (some (+ (try! o) 1)))
(define-private (positive (x int)) (if (> x 0) (ok x) (err u10)))
(define-public (chain (x int)) (ok (+ (try! (positive x)) (try! (positive 2)))))
