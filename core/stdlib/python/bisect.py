"""bisect: binary search in sorted sequences, and insertion that keeps
them sorted. The functions are native (_bisect)."""

from _bisect import bisect_right, bisect_left, insort_right, insort_left

bisect = bisect_right
insort = insort_right
