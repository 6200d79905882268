;; try! of an err at a contract's top level aborts the deployment with EarlyReturn(UnwrapFailed).
;; @deploy try-top-level => !runtime EarlyReturn/UnwrapFailed
(define-private (check) (if (> u1 u2) (ok u1) (err u2)))
(try! (check))
