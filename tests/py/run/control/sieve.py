N = 200
flags = [True] * (N + 1)
flags[0] = flags[1] = False
for i in range(2, int(N ** 0.5) + 1):
    if flags[i]:
        flags[i * i::i] = [False] * len(flags[i * i::i])
primes = [i for i, f in enumerate(flags) if f]
print(len(primes), primes[-5:], sum(primes))
