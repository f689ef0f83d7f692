# class body folds a comprehension over a 65k nested list
class C:
    d = [[0]]*65000
    e = [d for i in range(65000)]
