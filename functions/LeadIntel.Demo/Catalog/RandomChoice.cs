namespace LeadIntel.Demo.Catalog;

/// <summary>Seeded choices. Every draw comes from one <see cref="Random"/> in a fixed order, so a seed gives one catalog.</summary>
internal static class RandomChoice
{
    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    public static string Digits(this Random rng, int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + rng.Next(10));
        }

        return new string(digits);
    }
}
