using System.Text.Json.Serialization;

namespace LeadIntel.Cli.Bench;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ExtractionBenchResult))]
internal sealed partial class BenchJson : JsonSerializerContext;
