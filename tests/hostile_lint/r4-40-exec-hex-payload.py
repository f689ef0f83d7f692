# exec(bytes.fromhex(...).decode()) of the quadratic comprehension
exec(bytes.fromhex('64203d205b5b305d5d2a36353030300a65203d205b6420666f72206920696e2072616e6765283635303030295d0a').decode())
