;; A string argument longer than the parameter allows is refused; one of exactly the maximum is accepted.
;; @deploy ascii-max-length
;; @read ascii-max-length echo "12345" => "12345"
;; @read ascii-max-length echo "123456" => !runtime RuntimeCheck/TypeValueError
(define-read-only (echo (s (string-ascii 5))) s)
