;; A data var whose initial value has the wrong type is refused.
;; @deploy var-initial-wrong-type => !analysis
(define-data-var n uint -1)
