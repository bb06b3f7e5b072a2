using System.Text.Json.Serialization;
using LeadIntel.Workflows.Models;

namespace LeadIntel.Workflows.Storage;

/// <summary>Source-generated JSON for what the storage adapters write besides leads.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(CampaignFilters))]
[JsonSerializable(typeof(CampaignOptions))]
[JsonSerializable(typeof(LeadEnrichment))]
public sealed partial class StorageJson : JsonSerializerContext;
