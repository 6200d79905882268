;; A tuple argument must have the declared fields: an extra field is refused when the call is checked. (A field of the
;; wrong type, {a: u1}, is left out: clarinet decodes call arguments against the parameter's type, which lets it
;; through, where a node decoding a transaction's arguments would refuse it.)
;; @deploy tuple-type-mismatch
;; @read tuple-type-mismatch f {a: 1} => 1
;; @read tuple-type-mismatch f {a: 1, b: 2} => !runtime RuntimeCheck/TypeValueError
(define-read-only (f (t {a: int})) (get a t))
