namespace LeadIntel.Workflows.Storage;

/// <summary>Blob names under the leads container: <c>{user}/{campaign}/...</c>.</summary>
public static class LeadBlobPaths
{
    public static string CampaignPrefix(string user, string campaign) => $"{user}/{campaign}/";

    public static string PartsPrefix(string user, string campaign) => $"{user}/{campaign}/parts/";

    /// <summary>
    /// A part file is keyed by search and listing offset, so an activity that runs again overwrites
    /// its own part instead of adding a duplicate.
    /// </summary>
    public static string Part(string user, string campaign, int searchIndex, int offset) =>
        $"{PartsPrefix(user, campaign)}{searchIndex:D3}-{offset:D6}.json";

    public static string Listings(string user, string campaign, int searchIndex) => $"{user}/{campaign}/listings/{searchIndex:D3}.json";

    public static string Csv(string user, string campaign) => $"{user}/{campaign}/leads.csv";

    public static string Json(string user, string campaign) => $"{user}/{campaign}/leads.json";
}
