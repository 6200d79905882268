;; unwrap! of none at a contract's top level aborts the deployment with EarlyReturn(UnwrapFailed).
;; @deploy unwrap-top-level => !runtime EarlyReturn/UnwrapFailed
(define-map m uint uint)
(unwrap! (map-get? m u1) (err u404))
