;; get-block-info? reward properties (Clarity 2) of a past block: the simnet records a miner spend but no block reward.
;; (miner-spend-winner is left out: the simnet keeps no winning spend record and the reference stops with an
;; internal error.)
;; @epochs 2.1
;; @deploy get-block-info-rewards
;; @call get-block-info-rewards probe => (ok (tuple (reward-none true) (total-some true)))
(define-public (probe)
  (let ((h (- block-height u1)))
    (ok {reward-none: (is-none (get-block-info? block-reward h)),
         total-some: (is-some (get-block-info? miner-spend-total h))})))
