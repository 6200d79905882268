;; get-block-info? does not exist in Clarity 3.
;; @deploy get-block-info-clarity3 => !analysis
(define-read-only (f) (get-block-info? time u1))
