using System.Text.Json.Serialization;

namespace LeadIntel.Core.Evaluation;

/// <summary>Reads <c>labels.json</c> (snake_case, comments and trailing commas allowed: people edit it by hand).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(CorpusLabels))]
internal sealed partial class EvaluationJson : JsonSerializerContext;
