namespace LeadIntel.Core.Analytics;

/// <summary>What figures are broken down by. <see cref="Total"/> has one value, <see cref="All"/>.</summary>
public static class AnalyticsDimension
{
    public const string Total = "total";
    public const string Platform = "platform";
    public const string Category = "category";
    public const string Layer = "layer";
    public const string PhoneType = "phone_type";
    public const string Region = "region";

    /// <summary>The single value of <see cref="Total"/>.</summary>
    public const string All = "all";

    /// <summary>The value of a lead without a category, or of phone type and region for a lead without phones.</summary>
    public const string Uncategorised = "uncategorised";

    public const string None = "none";

    public static readonly IReadOnlyList<string> Every = [Total, Platform, Category, Layer, PhoneType, Region];

    public static bool IsKnown(string name) => Every.Contains(name, StringComparer.Ordinal);
}
