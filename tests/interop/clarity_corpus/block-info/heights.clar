;; The heights after a deployment (the chain starts at Stacks height 1; the deployment mines block 2; a read-only call
;; sees the tip, a public call the block it is in): Stacks block height, tenure height and burn block height.
;; @epochs 3.0 3.3
;; @deploy heights
;; @read heights all => (tuple (burn u1) (stacks u2) (tenure u1))
;; @call heights all-pub => (ok (tuple (burn u1) (stacks u3) (tenure u1)))
(define-read-only (all) {stacks: stacks-block-height, tenure: tenure-height, burn: burn-block-height})
(define-public (all-pub) (ok {stacks: stacks-block-height, tenure: tenure-height, burn: burn-block-height}))
