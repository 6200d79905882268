;; as-max-len? narrows a sequence's type: some if it fits, none if not.
;; @epochs 3.0 3.3
;; @deploy as-max-len
;; @read as-max-len fit (list 1 2 3) => (some (1 2 3))
;; @read as-max-len fit (list 1 2 3 4) => none
;; @read as-max-len fit-str "abcd" => none
;; @read as-max-len fit-str "abc" => (some "abc")
(define-read-only (fit (xs (list 10 int))) (as-max-len? xs u3))
(define-read-only (fit-str (s (string-ascii 10))) (as-max-len? s u3))
