namespace LeadIntel.PlatformReplicas;

/// <summary>
/// Configuration that points every browser adapter at the replicas served at an origin (for
/// <c>leadintel up --demo</c> and tests), with placeholder sessions: the replicas check that a session
/// cookie is there, not what it says.
/// </summary>
public static class ReplicaConfiguration
{
    public const string PlaceholderSession = "replica-session";

    /// <summary>Settings keyed like <c>LeadIntel:Platforms:Twitter:BaseUrl</c>, ready for <c>AddInMemoryCollection</c>.</summary>
    public static IReadOnlyDictionary<string, string?> For(Uri origin, string prefix = ReplicaBasePaths.DefaultPrefix)
    {
        var urls = ReplicaBasePaths.For(origin, prefix);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["LeadIntel:Platforms:GoogleMaps:BaseUrl"] = urls["google_maps"].ToString(),
            ["LeadIntel:Platforms:LinkedIn:BaseUrl"] = urls["linkedin"].ToString(),
            ["LeadIntel:Platforms:LinkedIn:SessionCookie"] = PlaceholderSession,
            ["LeadIntel:Platforms:Twitter:BaseUrl"] = urls["twitter"].ToString(),
            ["LeadIntel:Platforms:Twitter:SessionCookie"] = PlaceholderSession,
            ["LeadIntel:Platforms:Facebook:BaseUrl"] = urls["facebook"].ToString(),
            ["LeadIntel:Platforms:Facebook:SessionCookies"] = $"c_user=100000000000001; xs={PlaceholderSession}",
            ["LeadIntel:Platforms:Instagram:BaseUrl"] = urls["instagram"].ToString(),
            ["LeadIntel:Platforms:Instagram:SessionCookie"] = PlaceholderSession,
        };
    }
}
