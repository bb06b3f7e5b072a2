using System.Text.Json.Serialization;

namespace LeadIntel.Workflows.Api;

/// <summary>Source-generated JSON of the analytics routes: snake_case field names are the contract.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SummaryView))]
[JsonSerializable(typeof(TimelineView))]
[JsonSerializable(typeof(BreakdownView))]
[JsonSerializable(typeof(ComparisonView))]
public sealed partial class AnalyticsJson : JsonSerializerContext;
