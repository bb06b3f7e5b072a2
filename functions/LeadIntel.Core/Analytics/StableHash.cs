namespace LeadIntel.Core.Analytics;

/// <summary>
/// A 64-bit string hash that is the same in every process (unlike <see cref="string.GetHashCode()"/>):
/// FNV-1a over the UTF-16 code units, then the SplitMix64 finalizer so the top bits, which a distinct-count
/// sketch reads first, are well mixed.
/// </summary>
public static class StableHash
{
    public static ulong Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * 1099511628211UL;
            hash = (hash ^ (byte)(c >> 8)) * 1099511628211UL;
        }

        hash ^= hash >> 30;
        hash *= 0xbf58476d1ce4e5b9UL;
        hash ^= hash >> 27;
        hash *= 0x94d049bb133111ebUL;
        return hash ^ (hash >> 31);
    }

    /// <summary>16 lower-case hex digits, for keys that must not hold arbitrary text.</summary>
    public static string Hex(string text) => Of(text).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
