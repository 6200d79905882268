;; get-burn-block-info? (Clarity 2): a past burn block's header hash is 32 bytes and its PoX payout record exists
;; (empty in the simnet); a future burn block is none.
;; @epochs 2.1 3.0 3.3
;; @deploy get-burn-block-info
;; @call get-burn-block-info probe => (ok (tuple (future none) (hash-len u32) (pox (some (tuple (addrs ()) (payout u0))))))
(define-public (probe)
  (ok {hash-len: (len (unwrap-panic (get-burn-block-info? header-hash u0))),
       pox: (get-burn-block-info? pox-addrs u0),
       future: (get-burn-block-info? header-hash (+ burn-block-height u100))}))
