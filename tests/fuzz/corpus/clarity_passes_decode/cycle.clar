(define-private (a (x int)) (b x)) ;; a uses b
(define-private (b (x int)) (c x))
(define-private (c (x int)) (map a (list x)))
