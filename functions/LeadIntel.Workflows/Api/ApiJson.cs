using System.Text.Json.Serialization;
using LeadIntel.Workflows.Models;

namespace LeadIntel.Workflows.Api;

/// <summary>Source-generated JSON of the HTTP API: snake_case field names are the contract.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DictionaryKeyPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CampaignBody))]
[JsonSerializable(typeof(CampaignCreated))]
[JsonSerializable(typeof(CampaignChanged))]
[JsonSerializable(typeof(CampaignView))]
[JsonSerializable(typeof(IReadOnlyList<CampaignView>))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(MetricsReport))]
[JsonSerializable(typeof(CampaignProgress))]
[JsonSerializable(typeof(SearchProgress))]
public sealed partial class ApiJson : JsonSerializerContext;
