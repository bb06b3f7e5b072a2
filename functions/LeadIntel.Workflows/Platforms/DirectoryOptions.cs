namespace LeadIntel.Workflows.Platforms;

/// <summary>Where the <c>directory</c> platform lives. Bound from <c>LeadIntel:Directory</c>.</summary>
public sealed class DirectoryOptions
{
    public const string Section = "LeadIntel:Directory";

    /// <summary>The directory root, e.g. <c>http://127.0.0.1:7071/demo/directory/</c>; <c>leadintel up --demo</c> sets it to its own.</summary>
    public string? BaseUrl { get; set; }
}
