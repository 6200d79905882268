;; restrict-assets? around a body that moves nothing returns (ok value); its body may not end in a response.
;; @epochs 3.3
;; @deploy restrict-assets-plain
;; @call restrict-assets-plain f => (ok (ok u3))
;; @deploy nested-response => !analysis
;; @contract restrict-assets-plain
(define-public (f) (ok (restrict-assets? tx-sender () (+ u1 u2))))
;; @contract nested-response
(define-public (f) (ok (restrict-assets? tx-sender () (ok u1))))
