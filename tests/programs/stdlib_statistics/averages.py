import statistics as st
from fractions import Fraction as F

data_sets = [
    [1, 2, 3, 4, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [0.1] * 10,
    [1e50, 1, -1e50] * 10,
    [F(1, 3), F(2, 7), F(5, 11)],
    [1, 2.5, F(1, 2)],
    [True, False, True],
    [3],
    list(range(1, 101)),
    [0.1, 0.2, 0.3, 0.4, 1e-17, 12345.678],
    [-1.5, 2.25, -3.125, 100.0],
]
for d in data_sets:
    print('data', d[:6])
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high,
               st.median_grouped, st.mode, st.multimode, st.pvariance, st.pstdev):
        try:
            r = fn(d)
            print(' ', fn.__name__, repr(r), type(r).__name__)
        except Exception as e:
            print(' ', fn.__name__, type(e).__name__, e)
    for fn in (st.variance, st.stdev, st.geometric_mean, st.harmonic_mean):
        try:
            r = fn(d)
            print(' ', fn.__name__, repr(r), type(r).__name__)
        except Exception as e:
            print(' ', fn.__name__, type(e).__name__, e)
    if len(d) >= 2:
        for n in (2, 4, 10):
            for m in ('exclusive', 'inclusive'):
                print('  quantiles', n, m, st.quantiles(d, n=n, method=m))

print(st.mean(iter([1, 2, 3])), st.fmean(x for x in [1, 2, 3, 4]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.fmean((x for x in [1.5, 2.5]), weights=iter([1, 3])))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 2]))
print(st.geometric_mean([54, 24, 36]), st.median_grouped([52, 52, 53, 54], interval=2), st.median_grouped([1, 3, 3, 5, 7]))
print(st.mode('aabbbcc'), st.mode([1, 1, 2, 2]), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev([F(1, 2), F(3, 2), F(7, 4)]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([F(1, 2), F(3, 2), F(7, 4)]), st.pvariance([1, 2, 3]), st.variance([1, 3, 5, 7]))
print(st.mean([float('inf'), 1.0]), st.mean([float('nan'), 1.0]), st.variance([float('inf'), 1.0, 2.0]))
print(st.quantiles([1, 2], n=1), st.quantiles(range(1, 11), n=4), st.quantiles([F(1), F(2), F(5)], n=3))
print(st.median([1, 3, 5, 7]), st.median([F(1, 2), F(3, 2)]), st.median([1, 2]))
big = [i * 0.37 + (i % 7) * 1e-3 for i in range(1000)]
print(st.mean(big), st.stdev(big), st.pstdev(big), st.variance(big), st.fmean(big))
print(st.stdev([1e300, -1e300, 3e299]), st.pstdev([1e-300, 2e-300, 7e-301]), st.stdev([1, 1, 1, 1]))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12]), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__module__)
st.pstdev([1.0, float('inf')])
