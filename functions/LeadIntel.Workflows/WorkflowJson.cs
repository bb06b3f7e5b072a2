using System.Text.Json.Serialization;
using LeadIntel.Workflows.Platforms;

namespace LeadIntel.Workflows;

/// <summary>Source-generated JSON for what Workflows caches: snake_case like the rest of the product.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SiteContacts))]
public sealed partial class WorkflowJson : JsonSerializerContext;
