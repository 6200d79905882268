;; Contract source must be ASCII: a literal non-ASCII character, even in a string, is refused (write \u{...}).
;; @deploy non-ascii-source => !analysis
(define-constant s u"café")
