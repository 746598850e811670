import statistics as st
from fractions import Fraction as F
print(st.mean([10**400, 10**400 + 2]), st.pvariance([10**200, 0]) > 0, st.stdev([0, 10**300]))
print(st.stdev([F(1, 10**400), F(3, 10**400)]), st.pstdev([1e-320, 3e-320]), st.stdev([1e308, -1e308]))
for f in [lambda: st.stdev([0, 10**400]), lambda: st.mean([10**400, 1.5]), lambda: st.variance([1e308, -1e308])]:
    try:
        print(f())
    except OverflowError as e:
        print('OverflowError', e)
print(st.mean([F(1, 3)] * 7), st.fmean([F(1, 3)] * 3), st.mean([1, F(1, 2)]), st.mean([0.5, F(1, 2)]), st.variance([F(1, 2), 1, 2]))
print(st.harmonic_mean([F(1, 2), F(1, 3)]), st.median_grouped([F(1, 2), F(3, 2)]), st.pvariance([True, False]), st.mean([True, True, False]))
print(st.mean(range(10 ** 6)), st.pvariance(range(0, 100, 3)), st.stdev(range(1000)), st.median(range(10 ** 7)))
print(st.quantiles(range(100), n=100)[:5], st.quantiles([F(1, 3), F(2, 3), 1], n=3, method='inclusive'))
print(st.multimode([1, 1, 2, 2, 3]), st.mode(['b', 'a', 'a', 'b']), st.mode([(1, 2), (1, 2), 3]), st.multimode(iter('mississippi')))
print(st.variance([1e-300, 2e-300, 3e-300]), st.stdev([1e-200, 3e-200]), st.pstdev([5e-324, 1e-323]))
st.median([10 ** 400, 3])
