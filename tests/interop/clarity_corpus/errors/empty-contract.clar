;; A contract of nothing but comments deploys; with no top-level expression its deployment's value is none.
;; @deploy empty-contract => none
