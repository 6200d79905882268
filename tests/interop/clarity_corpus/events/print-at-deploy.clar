;; Top-level prints are events of the deployment; the deployment's result is the last top-level value.
;; @deploy print-at-deploy => u2
;; @events print print
(print u1)
(print u2)
