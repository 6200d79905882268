;; fold over a string visits its characters in order.
;; @deploy fold-string
;; @read fold-string reverse-str "stacks" => "skcats"
;; @read fold-string count-char "mississippi" => u4
(define-private (prepend (c (string-ascii 1)) (acc (string-ascii 20))) (unwrap-panic (as-max-len? (concat c acc) u20)))
(define-read-only (reverse-str (s (string-ascii 20))) (fold prepend s ""))
(define-private (is-s (c (string-ascii 1)) (n uint)) (if (is-eq c "s") (+ n u1) n))
(define-read-only (count-char (s (string-ascii 20))) (fold is-s s u0))
