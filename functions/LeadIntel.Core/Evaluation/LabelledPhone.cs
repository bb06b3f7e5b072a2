namespace LeadIntel.Core.Evaluation;

/// <summary>An expected phone: E.164 without extension, and the extension apart.</summary>
public sealed record LabelledPhone
{
    public required string E164 { get; init; }

    public string? Extension { get; init; }

    /// <summary>The key predictions are compared on.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => PhoneKey.Of(E164, Extension);
}
