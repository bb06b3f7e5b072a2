using System.Text.Json.Serialization;

namespace LeadIntel.Core.Platforms;

/// <summary>Source-generated JSON of the browser job messages (snake_case, as the queues carry them).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(BrowserJob))]
[JsonSerializable(typeof(BrowserJobResult))]
public sealed partial class BrowserJobJson : JsonSerializerContext;
