;; Tokens minted by the deployment's top-level code, with the event reported by the deployment.
;; @deploy ft-mint-at-deploy
;; @events ft_mint
;; @read ft-mint-at-deploy balance $deployer => u1000
(define-fungible-token coin)
(ft-mint? coin u1000 tx-sender)
(define-read-only (balance (who principal)) (ft-get-balance coin who))
