;; The reference stores a contract as JSON and reads it back on every load; its WASM build (this judge) keeps
;; serde_json's limit of 127 nested objects and arrays, so a contract whose function body is stored deeper deploys
;; but every call fails (Internal(Expect("Failed to deserialize vm.Value"))); a node's native build lifts the limit.
;; A list costs 3 levels, the leaf 2 plus its value's: these pairs sit just under and just over the limit for each
;; kind of leaf.
;; @epochs 3.0 3.3
;; @deploy int-40
;; @read int-40 f => 1
;; @deploy int-41
;; @read int-41 f => !runtime Internal/Expect
;; @deploy ascii-38
;; @read ascii-38 f => "abc"
;; @deploy ascii-39
;; @read ascii-39 f => !runtime Internal/Expect
;; @deploy buff-39
;; @read buff-39 f => 0x01
;; @deploy buff-40
;; @read buff-40 f => !runtime Internal/Expect
;; @deploy utf8-38
;; @read utf8-38 f => u"a"
;; @deploy utf8-39
;; @read utf8-39 f => !runtime Internal/Expect
;; @deploy contract-38
;; @read contract-38 f => ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.foo
;; @deploy contract-39
;; @read contract-39 f => !runtime Internal/Expect
;; @deploy atom-40
;; @read atom-40 f => ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM
;; @deploy atom-41
;; @read atom-41 f => !runtime Internal/Expect
;; @contract int-40
(define-read-only (f) (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin 1)))))))))))))))))))))))))))))))))))))))))
;; @contract int-41
(define-read-only (f) (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin 1))))))))))))))))))))))))))))))))))))))))))
;; @contract ascii-38
(define-read-only (f) (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin "abc")))))))))))))))))))))))))))))))))))))))
;; @contract ascii-39
(define-read-only (f) (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin "abc"))))))))))))))))))))))))))))))))))))))))
;; @contract buff-39
(define-read-only (f) (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin 0x01))))))))))))))))))))))))))))))))))))))))
;; @contract buff-40
(define-read-only (f) (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin 0x01)))))))))))))))))))))))))))))))))))))))))
;; @contract utf8-38
(define-read-only (f) (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin u"a")))))))))))))))))))))))))))))))))))))))
;; @contract utf8-39
(define-read-only (f) (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin u"a"))))))))))))))))))))))))))))))))))))))))
;; @contract contract-38
(define-read-only (f) (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.foo)))))))))))))))))))))))))))))))))))))))
;; @contract contract-39
(define-read-only (f) (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.foo))))))))))))))))))))))))))))))))))))))))
;; @contract atom-40
(define-read-only (f) (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin tx-sender)))))))))))))))))))))))))))))))))))))))))
;; @contract atom-41
(define-read-only (f) (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin (begin tx-sender))))))))))))))))))))))))))))))))))))))))))
