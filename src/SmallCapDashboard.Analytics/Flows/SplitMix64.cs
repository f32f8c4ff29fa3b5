namespace SmallCapDashboard.Analytics.Flows;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fixed pseudo-random generator, so modelled data stays the
/// same across .NET versions (System.Random's algorithm may change). Not for cryptography.
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in (0, 1): 53 random bits, never exactly 0.</summary>
    public double NextOpenUnit() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>Standard normal via Box–Muller (one of the pair; the other is discarded for simplicity).</summary>
    public double NextGaussian()
    {
        var u1 = NextOpenUnit();
        var u2 = NextOpenUnit();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A 64-bit seed from a symbol and a seed: FNV-1a over the symbol's UTF-16 code units, mixed with the seed.</summary>
    public static ulong SeedFor(string symbol, ulong seed)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in symbol)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }

        var mix = new SplitMix64(h ^ seed);
        return mix.NextUInt64();
    }
}
