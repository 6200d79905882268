;; A failing asserts! at a contract's top level aborts the deployment with EarlyReturn(AssertionFailed).
;; @deploy asserts-top-level => !runtime EarlyReturn/AssertionFailed
(define-constant ready false)
(asserts! ready (err u1))
