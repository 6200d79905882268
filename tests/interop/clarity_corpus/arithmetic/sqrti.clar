;; sqrti rounds down; a negative argument is an Arithmetic error.
;; @epochs 3.0 3.3
;; @deploy sqrti
;; @read sqrti root 16 => 4
;; @read sqrti root 17 => 4
;; @read sqrti root 0 => 0
;; @read sqrti root 170141183460469231731687303715884105727 => 13043817825332782212
;; @read sqrti root -1 => !runtime Runtime/Arithmetic
;; @read sqrti root-uint u340282366920938463463374607431768211455 => u18446744073709551615
(define-read-only (root (a int)) (sqrti a))
(define-read-only (root-uint (a uint)) (sqrti a))
