"""random: pseudo-random numbers (the generator is _random.Random)."""
