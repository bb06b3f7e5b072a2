namespace LeadIntel.Core.Platforms;

/// <summary>What to look for on one platform.</summary>
/// <param name="Query">The campaign query, e.g. <c>dentists in Toronto</c>.</param>
/// <param name="MaxResults">At most this many leads.</param>
/// <param name="Region">ISO 3166 default region for parsing national phone numbers.</param>
public sealed record PlatformRequest(string Query, int MaxResults, string Region = "US");
