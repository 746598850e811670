import statistics as st, math
from fractions import Fraction as F
d = [F(1, 2), F(3, 4), F(5, 3)]
print(st.geometric_mean(d), st.fmean(d), st.harmonic_mean(d), st.fmean(d, weights=[F(1), F(2), 3]), math.log(F(1, 3)), math.sqrt(F(9, 4)), math.isclose(F(1, 3), 1/3))
print(st.fmean([1, 2], [True, False]), st.covariance([F(1), F(2), F(4)], [1, 2, 3]), st.correlation([1, 2, 3], [F(1), F(3), F(2)]))
print(st.NormalDist.from_samples(d), st.NormalDist(F(1, 2), F(1, 4)), st.NormalDist(1, 2).cdf(F(1)), st.NormalDist(1, 2).inv_cdf(F(1, 3)))
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), math.fsum([F(1, 3)] * 3), math.prod([F(1, 2), F(2, 3)]), math.exp(F(1)))
