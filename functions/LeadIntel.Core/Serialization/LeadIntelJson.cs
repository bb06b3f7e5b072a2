using System.Text.Json.Serialization;
using LeadIntel.Core.Model;

namespace LeadIntel.Core.Serialization;

/// <summary>Source-generated JSON for the domain model: snake_case, nulls written, as <c>leadintel extract</c> prints it.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Phone))]
[JsonSerializable(typeof(Email))]
[JsonSerializable(typeof(ExtractionResult))]
[JsonSerializable(typeof(Lead))]
[JsonSerializable(typeof(IReadOnlyList<Lead>))]
[JsonSerializable(typeof(IReadOnlyList<Phone>))]
[JsonSerializable(typeof(IReadOnlyList<Email>))]
public sealed partial class LeadIntelJson : JsonSerializerContext;
