;; get-tenure-info? (Clarity 3): a past tenure's hashes are 32 bytes, its miner and time are set; the simnet records
;; a miner spend but no block reward; a future tenure is none. (miner-spend-winner is left out: the simnet keeps no
;; winning spend record and the reference stops with an internal error.)
;; @epochs 3.0 3.3
;; @deploy get-tenure-info
;; @call get-tenure-info probe => (ok (tuple (burn-len u32) (future-none true) (miner true) (reward-none true) (spend-total true) (time true) (vrf-len u32)))
(define-public (probe)
  (let ((h (- stacks-block-height u1)))
    (ok {burn-len: (len (unwrap-panic (get-tenure-info? burnchain-header-hash h))),
         miner: (is-some (get-tenure-info? miner-address h)),
         time: (is-some (get-tenure-info? time h)),
         vrf-len: (len (unwrap-panic (get-tenure-info? vrf-seed h))),
         reward-none: (is-none (get-tenure-info? block-reward h)),
         spend-total: (is-some (get-tenure-info? miner-spend-total h)),
         future-none: (is-none (get-tenure-info? time (+ stacks-block-height u100)))})))
