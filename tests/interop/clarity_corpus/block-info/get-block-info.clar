;; get-block-info? (Clarity 1 and 2): a past block's properties are present (hashes are 32 bytes), a future block's
;; are none.
;; @epochs 2.1 3.0
;; @clarity 2
;; @deploy get-block-info
;; @call get-block-info probe => (ok (tuple (burn-len u32) (future-none true) (has-miner true) (has-time true) (has-vrf true) (header-len u32) (id-len u32)))
(define-public (probe)
  (let ((h (- block-height u1)))
    (ok {header-len: (len (unwrap-panic (get-block-info? header-hash h))),
         id-len: (len (unwrap-panic (get-block-info? id-header-hash h))),
         burn-len: (len (unwrap-panic (get-block-info? burnchain-header-hash h))),
         has-time: (is-some (get-block-info? time h)),
         has-miner: (is-some (get-block-info? miner-address h)),
         has-vrf: (is-some (get-block-info? vrf-seed h)),
         future-none: (is-none (get-block-info? time (+ block-height u10)))})))
