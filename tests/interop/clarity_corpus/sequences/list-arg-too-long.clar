;; A list argument longer than the parameter's maximum is refused when the call is checked.
;; @deploy list-arg-too-long
;; @read list-arg-too-long size (list 1 2 3) => u3
;; @read list-arg-too-long size (list 1 2 3 4) => !runtime RuntimeCheck/TypeValueError
(define-read-only (size (xs (list 3 int))) (len xs))
