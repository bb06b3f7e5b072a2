namespace LeadIntel.Workflows.Hosting;

/// <summary>What <c>leadintel up</c> was asked to run.</summary>
public sealed record LocalStackOptions
{
    /// <summary>API port on loopback; 0 picks a free one.</summary>
    public int Port { get; init; } = 7071;

    /// <summary>Where Azurite keeps its data when the stack starts it.</summary>
    public string DataDirectory { get; init; } = ".leadintel";

    /// <summary>A storage connection string to use instead of starting Azurite.</summary>
    public string? StorageConnectionString { get; init; }

    /// <summary>Also serve the bundled demo directory site.</summary>
    public bool Demo { get; init; }

    /// <summary>The businesses the demo directory serves; the bundled catalog when null.</summary>
    public LeadIntel.Demo.Catalog.BusinessCatalog? DemoCatalog { get; init; }

    /// <summary>A built web app (index.html and assets) to serve at <c>/</c>, when present.</summary>
    public string? WebRoot { get; init; }

    /// <summary>Parts hosted beside the workflows (the browser worker, the platform replicas), in order.</summary>
    public IReadOnlyList<ILocalStackModule> Modules { get; init; } = [];

    /// <summary>Extra configuration (<c>LeadIntel:...</c> keys), applied over the environment's.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}
