(impl-trait 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c.t)
{a}
{a:}
(a , b)
{a: 1 b}
