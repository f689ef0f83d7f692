# comprehension over big list inside a match case
match x:
    case 1:
        d = [[0]]*65000
        e = [d for i in range(65000)]
