using System.Globalization;

namespace LeadIntel.Workflows.Archive;

/// <summary>
/// Names in the archive container, partitioned by user, year and month of the campaign's creation (UTC):
/// <c>{user}/{yyyy}/{MM}/{campaign}.csv.gz</c> and that month's <c>manifest.json</c>. A campaign always
/// archives under the same name, so a repeated write overwrites instead of adding a copy.
/// </summary>
public static class ArchiveBlobPaths
{
    public static string MonthPrefix(string user, DateTimeOffset createdAt) =>
        $"{user}/{createdAt.UtcDateTime.ToString("yyyy/MM", CultureInfo.InvariantCulture)}/";

    public static string Csv(string user, string campaign, DateTimeOffset createdAt) => $"{MonthPrefix(user, createdAt)}{campaign}.csv.gz";

    public static string Manifest(string user, DateTimeOffset createdAt) => $"{MonthPrefix(user, createdAt)}manifest.json";

    /// <summary>The manifest next to an archive file.</summary>
    public static string ManifestOf(string csvBlob) => csvBlob[..(csvBlob.LastIndexOf('/') + 1)] + "manifest.json";
}
