namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>The registered adapters by platform name.</summary>
public sealed class BrowserPlatformAdapters(IEnumerable<IBrowserPlatformAdapter> adapters)
{
    private readonly Dictionary<string, IBrowserPlatformAdapter> _byName = adapters.ToDictionary(a => a.Platform, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public IBrowserPlatformAdapter? Find(string platform) => _byName.GetValueOrDefault(platform);
}
