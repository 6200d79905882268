;; concat takes more than two sequences from Clarity 6; Clarity 5 refuses it.
;; @epochs 4.0
;; @deploy concat-variadic
;; @read concat-variadic join => "abc"
;; @deploy[clarity=5] concat-variadic-c5 => !analysis
;; @contract concat-variadic
(define-read-only (join) (concat "a" "b" "c"))
;; @contract concat-variadic-c5
(define-read-only (join) (concat "a" "b" "c"))
