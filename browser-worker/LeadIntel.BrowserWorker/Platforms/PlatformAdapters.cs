namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>The registered adapters by platform name.</summary>
public sealed class PlatformAdapters(IEnumerable<IPlatformAdapter> adapters)
{
    private readonly Dictionary<string, IPlatformAdapter> _byName = adapters.ToDictionary(a => a.Platform, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public IPlatformAdapter? Find(string platform) => _byName.GetValueOrDefault(platform);
}
