;; A function named after a native (get) passes the type checker but fails when the deployment defines it:
;; RuntimeCheck(NameAlreadyUsed).
;; @deploy define-native-name => !runtime RuntimeCheck/NameAlreadyUsed
(define-read-only (get (o (optional int))) (default-to -1 o))
