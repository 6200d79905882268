;; verify-merkle-proof (Clarity 6) on a three-leaf tree [a, b, c] (c paired with itself; hashes by Python's hashlib):
;; the honest proofs verify; claiming four leaves to move c into the padding slot fails, as does a padding slot
;; holding another hash and a sibling equal to the running hash; a leaf shorter than 32 bytes stops the call
;; (RuntimeCheck), a short sibling only fails the proof. Costs grow with the number of siblings.
;; @epochs 4.0
;; @deploy merkle-proof-shapes
;; @call merkle-proof-shapes check 0x6632753d6ca30fea890f37fc150eaed8d068acf596acb2251b8fafd72db977d3 u2 u3 (list 0x6632753d6ca30fea890f37fc150eaed8d068acf596acb2251b8fafd72db977d3 0xb767a3a12f5f8bb1949d163c51f9a42e6bda8dcd02d50353717f73d4338b1bf0) => (ok true)
;; @call merkle-proof-shapes check 0x6632753d6ca30fea890f37fc150eaed8d068acf596acb2251b8fafd72db977d3 u3 u4 (list 0x6632753d6ca30fea890f37fc150eaed8d068acf596acb2251b8fafd72db977d3 0xb767a3a12f5f8bb1949d163c51f9a42e6bda8dcd02d50353717f73d4338b1bf0) => (ok false)
;; @call merkle-proof-shapes check 0x6632753d6ca30fea890f37fc150eaed8d068acf596acb2251b8fafd72db977d3 u2 u3 (list 0x0a325ca303eb3014c43ae004970f343634db176fa1697bcc8c9efac94626488d 0xb767a3a12f5f8bb1949d163c51f9a42e6bda8dcd02d50353717f73d4338b1bf0) => (ok false)
;; @call merkle-proof-shapes check-root 0x6632753d6ca30fea890f37fc150eaed8d068acf596acb2251b8fafd72db977d3 0x199978bd5e53dd4e3d6afe48d808c557c18af712195fb107a20c91a59b987212 u2 u3 (list 0x0a325ca303eb3014c43ae004970f343634db176fa1697bcc8c9efac94626488d 0xb767a3a12f5f8bb1949d163c51f9a42e6bda8dcd02d50353717f73d4338b1bf0) => (ok false)
;; @call merkle-proof-shapes check-root 0x6632753d6ca30fea890f37fc150eaed8d068acf596acb2251b8fafd72db977d3 0x199978bd5e53dd4e3d6afe48d808c557c18af712195fb107a20c91a59b987212 u2 u4 (list 0x0a325ca303eb3014c43ae004970f343634db176fa1697bcc8c9efac94626488d 0xb767a3a12f5f8bb1949d163c51f9a42e6bda8dcd02d50353717f73d4338b1bf0) => (ok true)
;; @call merkle-proof-shapes check 0xbf5d3affb73efd2ec6c36ad3112dd933efed63c4e1cbffcfa88e2759c144f2d8 u0 u3 (list 0xbf5d3affb73efd2ec6c36ad3112dd933efed63c4e1cbffcfa88e2759c144f2d8 0xb767a3a12f5f8bb1949d163c51f9a42e6bda8dcd02d50353717f73d4338b1bf0) => (ok false)
;; @call merkle-proof-shapes check 0xbf5d3affb73efd2ec6c36ad3112dd933efed63c4e1cbffcfa88e2759c144f2d8 u0 u3 (list 0x39 0xb767a3a12f5f8bb1949d163c51f9a42e6bda8dcd02d50353717f73d4338b1bf0) => (ok false)
;; @call merkle-proof-shapes check 0xbf5d3affb73efd2ec6c36ad3112dd933efed63c4e1cbffcfa88e2759c144f2d8 u0 u0 (list) => (ok false)
;; @call merkle-proof-shapes check 0xbf5d u0 u1 (list) => !runtime RuntimeCheck/TypeValueError
;; @call merkle-proof-shapes check-root 0x6632753d6ca30fea890f37fc150eaed8d068acf596acb2251b8fafd72db977d3 0x7444 u0 u1 (list) => !runtime RuntimeCheck/TypeValueError
(define-constant root3 0x74449b8328cb6e97d305adb2fca5e90993fdf9c667fa40cb625f40508da40cbf)
(define-public (check (leaf (buff 32)) (index uint) (count uint) (siblings (list 24 (buff 32))))
  (ok (verify-merkle-proof leaf root3 index count siblings)))
(define-public (check-root (leaf (buff 32)) (root (buff 32)) (index uint) (count uint) (siblings (list 24 (buff 32))))
  (ok (verify-merkle-proof leaf root index count siblings)))
