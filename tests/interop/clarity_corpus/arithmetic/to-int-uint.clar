;; to-int and to-uint convert in range and fail outside it.
;; @epochs 3.0 3.3
;; @deploy to-int-uint
;; @read to-int-uint as-uint 5 => u5
;; @read to-int-uint as-uint -1 => !runtime Runtime/ArithmeticUnderflow
;; @read to-int-uint as-uint 170141183460469231731687303715884105727 => u170141183460469231731687303715884105727
;; @read to-int-uint as-int u5 => 5
;; @read to-int-uint as-int u170141183460469231731687303715884105727 => 170141183460469231731687303715884105727
;; @read to-int-uint as-int u170141183460469231731687303715884105728 => !runtime Runtime/ArithmeticOverflow
(define-read-only (as-uint (a int)) (to-uint a))
(define-read-only (as-int (a uint)) (to-int a))
