x = zz'abc'
