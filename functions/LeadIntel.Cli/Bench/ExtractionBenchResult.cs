using LeadIntel.Core.Evaluation;

namespace LeadIntel.Cli.Bench;

/// <summary>Everything one <c>leadintel bench extraction</c> run measured.</summary>
/// <param name="Build">Release or Debug: Debug figures are not comparable.</param>
/// <param name="Scanner"><c>PhoneCandidateScanner.Scan</c> alone on the same body text strings as <paramref name="FindNumbers"/>.</param>
/// <param name="VisibleTextOnText">The visible_text layer (visible-text reader, then the scanner) on pages holding only the body text (parsing untimed); null while no such layer is registered.</param>
/// <param name="VisibleTextOnHtml">The visible_text layer on freshly parsed corpus pages (parsing untimed); null while no such layer is registered.</param>
/// <param name="Parse">HTML parsing and region detection alone: the part of <paramref name="Pipeline"/> no layer can save.</param>
/// <param name="Pipeline">Parse, every layer, aggregation.</param>
/// <param name="FindNumbers">libphonenumber's matcher on the same body text as <paramref name="VisibleTextOnText"/>.</param>
/// <param name="NegativeHits">Labelled fax/hidden numbers each reported as a phone.</param>
public sealed record ExtractionBenchResult(
    string Corpus,
    CorpusStats Stats,
    string Build,
    double SecondsPerMeasure,
    Throughput Scanner,
    Throughput? VisibleTextOnText,
    Throughput? VisibleTextOnHtml,
    Throughput Parse,
    Throughput Pipeline,
    Throughput FindNumbers,
    AccuracyFigures PipelinePhones,
    AccuracyFigures PipelineEmails,
    int PipelineNegativeHits,
    AccuracyFigures FindNumbersPhones,
    int FindNumbersNegativeHits)
{
    // Ratios use processor time: both sides of a ratio then see the same machine even when other work shares the cores.

    /// <summary>The scanner on body text ÷ FindNumbers on the same strings; above 1 the scanner is faster.</summary>
    public double ScannerSpeedup => Math.Round(Scanner.MegabytesPerCpuSecond / FindNumbers.MegabytesPerCpuSecond, 3);

    /// <summary>visible_text (reader + scanner on a parsed page) on body text ÷ FindNumbers on the same text (same bytes); above 1 the layer is faster.</summary>
    public double? VisibleTextSpeedup => VisibleTextOnText is null ? null : Math.Round(VisibleTextOnText.MegabytesPerCpuSecond / FindNumbers.MegabytesPerCpuSecond, 3);

    /// <summary>Whole pipeline on HTML ÷ FindNumbers on ready body text, per page (FindNumbers gets its text for free).</summary>
    public double PipelineSpeedup => Math.Round(Pipeline.PagesPerCpuSecond / FindNumbers.PagesPerCpuSecond, 3);
}
