using System.Text.Json.Serialization;
using LeadIntel.Core.Model;

namespace LeadIntel.Cli.Extract;

/// <summary>One line of <c>leadintel extract</c> output.</summary>
public sealed record ExtractOutput(string Input, IReadOnlyList<Phone> Phones, IReadOnlyList<Email> Emails, string? Error)
{
    /// <summary>Pages that seem to need JavaScript to show their content (crawl only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? NeedsBrowser { get; init; }

    /// <summary>Pages fetched during a crawl.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Pages { get; init; }

    /// <summary>Images read by <c>--ocr</c> on an HTML page.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<OcrImageReport>? OcrImages { get; init; }

    public static ExtractOutput Failed(string input, string error) => new(input, [], [], error);
}
