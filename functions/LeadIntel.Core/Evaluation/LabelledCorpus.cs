using System.Text.Json;
using LeadIntel.Core.Extraction;
using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Evaluation;

/// <summary>
/// A directory of HTML pages and the <c>labels.json</c> that says what each holds. Loading checks the labels
/// themselves (files present, regions known, phones valid and written in canonical E.164) so a typo in the labels
/// shows as a load error instead of a silent miss.
/// </summary>
public sealed class LabelledCorpus
{
    public const string LabelsFileName = "labels.json";

    private LabelledCorpus(string directory, IReadOnlyList<CorpusPage> pages)
    {
        Directory = directory;
        Pages = pages;
    }

    public string Directory { get; }

    public IReadOnlyList<CorpusPage> Pages { get; }

    /// <summary>Loads every labelled page.</summary>
    /// <exception cref="DirectoryNotFoundException">No such directory.</exception>
    /// <exception cref="FileNotFoundException">No labels file, or a labelled page is missing.</exception>
    /// <exception cref="InvalidDataException">The labels are malformed or wrong.</exception>
    public static LabelledCorpus Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"corpus directory '{directory}' does not exist");
        }

        var labelsPath = Path.Combine(directory, LabelsFileName);
        if (!File.Exists(labelsPath))
        {
            throw new FileNotFoundException($"corpus directory '{directory}' has no {LabelsFileName}", labelsPath);
        }

        CorpusLabels labels;
        try
        {
            labels = JsonSerializer.Deserialize(File.ReadAllText(labelsPath), EvaluationJson.Default.CorpusLabels)
                ?? throw new InvalidDataException($"{labelsPath} is empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{labelsPath}: {ex.Message}", ex);
        }

        var pages = new List<CorpusPage>(labels.Pages.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in labels.Pages)
        {
            var problem = Check(label);
            if (problem is not null)
            {
                throw new InvalidDataException($"{labelsPath}: {label.File}: {problem}");
            }

            if (!seen.Add(label.File))
            {
                throw new InvalidDataException($"{labelsPath}: {label.File} is labelled twice");
            }

            var path = Path.Combine(directory, label.File);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{labelsPath}: labelled page '{label.File}' does not exist", path);
            }

            pages.Add(new CorpusPage(label, File.ReadAllText(path)));
        }

        return new LabelledCorpus(directory, pages);
    }

    /// <summary>What is wrong with one label, or null.</summary>
    internal static string? Check(CorpusLabel label)
    {
        if (!PageRegion.IsSupported(label.Region))
        {
            return $"unknown region '{label.Region}'";
        }

        if (label.Url is not null && !Uri.TryCreate(label.Url, UriKind.Absolute, out _))
        {
            return $"url '{label.Url}' is not absolute";
        }

        foreach (var phone in label.Phones.Concat(label.Negatives.Where(n => n.E164 is not null).Select(n => new LabelledPhone { E164 = n.E164! })))
        {
            if (!PhoneNormalizer.TryNormalize(phone.E164, label.Region, out var normalized) || normalized.E164 != phone.E164 || !phone.E164.StartsWith('+'))
            {
                return $"phone '{phone.E164}' is not a valid number in canonical E.164";
            }

            if (phone.Extension is not null && (phone.Extension.Length == 0 || !phone.Extension.All(char.IsAsciiDigit)))
            {
                return $"extension '{phone.Extension}' of {phone.E164} is not digits";
            }
        }

        foreach (var email in label.Emails)
        {
            if (email != email.ToLowerInvariant() || !Emails.EmailAddress.TryNormalize(email, out _))
            {
                return $"email '{email}' is not a valid lower-case address";
            }
        }

        var expected = label.Phones.Select(p => p.E164).ToHashSet(StringComparer.Ordinal);
        var contradiction = label.Negatives.FirstOrDefault(n => n.E164 is not null && expected.Contains(n.E164));
        return contradiction is null ? null : $"{contradiction.E164} is both expected and a negative";
    }
}
