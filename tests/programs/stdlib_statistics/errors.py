import statistics as st
from fractions import Fraction as F
tests = [
    (st.mean, ([],)), (st.fmean, ([],)), (st.fmean, (iter([]),)), (st.fmean, ([1, 2], [1])),
    (st.fmean, ([1, 2], [1, -1])), (st.geometric_mean, ([],)), (st.geometric_mean, ([1, 0],)),
    (st.geometric_mean, ([1, -2],)), (st.harmonic_mean, ([],)), (st.harmonic_mean, ([-1],)),
    (st.harmonic_mean, ([1, -1],)), (st.harmonic_mean, (['a'],)), (st.harmonic_mean, ([1, 2], [1])),
    (st.harmonic_mean, ([1, 2], [1, -1])), (st.harmonic_mean, ([1, 2], [0, 0])),
    (st.median, ([],)), (st.median_low, ([],)), (st.median_high, ([],)), (st.median_grouped, ([],)),
    (st.median_grouped, (['a', 'b'],)), (st.mode, ([],)), (st.variance, ([1],)), (st.stdev, ([1],)),
    (st.pvariance, ([],)), (st.pstdev, ([],)), (st.quantiles, ([1],)), (st.quantiles, ([1, 2], )),
    (st.mean, (['a', 'b'],)), (st.mean, ([1, 'a'],)), (st.variance, ([[1], [2]],)), (st.mean, ([1j, 2j],)),
    (st.covariance, ([1, 2], [1])), (st.covariance, ([1], [1])), (st.correlation, ([1, 2, 3], [1, 1, 1])),
    (st.correlation, ([1], [2])), (st.linear_regression, ([1, 1], [1, 2])), (st.linear_regression, ([1, 2], [1])),
    (st.linear_regression, ([1], [1])), (st.mean, ([None],)), (st.median, ([1, 'a'],)),
]
for fn, args in tests:
    try:
        print(fn.__name__, repr(fn(*args)))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
for kw in [dict(n=0), dict(n=-3), dict(method='middle'), dict(n=4, method='inclusive')]:
    try:
        print(kw, st.quantiles([1, 2, 3], **kw))
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    st.quantiles([1, 2, 3], 4)
except TypeError as e:
    print('TypeError', e)

N = st.NormalDist
a, b = N(100, 15), N(2.5, 0.5)
print(a, repr(b), a.mean, a.median, a.mode, a.stdev, a.variance)
print(a.pdf(100), a.cdf(130), a.inv_cdf(0.975), a.inv_cdf(0.01), a.inv_cdf(1e-10), a.inv_cdf(0.5), a.zscore(85))
print(a.quantiles(), [round(x, 6) for x in N().quantiles(10)])
print(a.overlap(N(110, 15)), a.overlap(N(100, 20)), a.overlap(a))
print(a + b, a - b, a * 2, 3 * a, a / 4, -a, +a, 10 - a, a + 5, a == N(100, 15), a != b, hash(a) == hash(N(100.0, 15.0)))
print(N.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(len(N(0, 1).samples(5, seed=42)), N(0, 1).samples(3, seed=1))
for f in [lambda: N(0, -1), lambda: N(1, 0).pdf(1), lambda: N(1, 0).cdf(1), lambda: N().inv_cdf(0), lambda: N().inv_cdf(1.5),
          lambda: N(1, 0).inv_cdf(0.5), lambda: N().overlap(3), lambda: N(1, 0).overlap(N()), lambda: N(1, 0).zscore(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
st.mean([])
