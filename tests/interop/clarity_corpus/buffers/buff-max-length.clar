;; A buffer argument longer than the parameter allows is refused.
;; @deploy buff-max-length
;; @read buff-max-length echo 0x01020304 => 0x01020304
;; @read buff-max-length echo 0x0102030405 => !runtime RuntimeCheck/TypeValueError
(define-read-only (echo (b (buff 4))) b)
