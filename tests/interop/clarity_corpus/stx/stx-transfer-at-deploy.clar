;; A transfer made by a contract's top-level code is the deployer's; the deployment reports its event.
;; @deploy stx-transfer-at-deploy
;; @events stx_transfer
;; @read stx-transfer-at-deploy balance $wallet_4 => u123
(stx-transfer? u123 tx-sender 'ST2NEB84ASENDXKYGJPQW86YXQCEFEX2ZQPG87ND)
(define-read-only (balance (who principal)) (stx-get-balance who))
