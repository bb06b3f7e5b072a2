using System.Diagnostics;
using System.Reflection;
using System.Text;
using LeadIntel.Core.Evaluation;
using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// Measures phone extraction on a labelled corpus in one run: throughput of the visible_text layer (on body text and on
/// HTML), of the whole HTML pipeline and of libphonenumber's FindNumbers on the same body text, plus the accuracy of the
/// pipeline and of FindNumbers against the labels.
/// </summary>
public sealed class ExtractionBenchmark(PageExtractor extractor, IReadOnlyList<IPhoneLayer> phoneLayers)
{
    public static ExtractionBenchmark CreateDefault() => new(PageExtractor.CreateDefault(), PhoneLayers.Html());

    public static string BuildConfiguration =>
        typeof(ExtractionBenchmark).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true ? "Debug" : "Release";

    public ExtractionBenchResult Run(LabelledCorpus corpus, TimeSpan secondsPerMeasure)
    {
        var pages = corpus.Pages;
        var parsed = pages.Select(p => p.Parse()).ToList();
        var texts = parsed.Select(p => (Text: BodyText.Of(p.Document), p.Region)).ToList();
        // The body text as a page of its own, in the region its HTML page resolved to, so the layer parses numbers alike.
        var textPages = texts.Select(t => "<html><body><pre>" + System.Net.WebUtility.HtmlEncode(t.Text) + "</pre></body></html>").ToList();
        var htmlBytes = pages.Sum(p => (long)p.Bytes);
        var textBytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));
        var meter = new ThroughputMeter(secondsPerMeasure);

        var visibleText = phoneLayers.FirstOrDefault(l => l.Name == ExtractionLayers.VisibleText);
        var onText = visibleText is null ? null : meter.Measure(
            "visible_text_text", "text", textBytes, pages.Count,
            () => textPages.Select((html, i) => HtmlPage.Parse(html, null, texts[i].Region)).ToList(),
            fresh => fresh.Sum(p => visibleText.Find(p).Count()));
        var onHtml = visibleText is null ? null : meter.Measure(
            "visible_text_html", "html", htmlBytes, pages.Count,
            () => pages.Select(p => p.Parse()).ToList(),
            fresh => fresh.Sum(p => visibleText.Find(p).Count()));
        var parse = meter.Measure("parse", "html", htmlBytes, pages.Count, () => pages.Sum(p => p.Parse().Document.All.Length > 0 ? 1 : 0));
        var pipeline = meter.Measure("pipeline", "html", htmlBytes, pages.Count, () => pages.Sum(p => extractor.Extract(p.Parse()).Phones.Count));
        var findNumbers = meter.Measure("findnumbers", "text", textBytes, pages.Count, () => texts.Sum(t => FindNumbersBaseline.Count(t.Text, t.Region)));

        var pipelineScore = CorpusScorer.Score(extractor, pages);
        var baselineScore = CorpusScorer.ScoreFindNumbers(pages);
        return new ExtractionBenchResult(
            corpus.Directory,
            CorpusStats.Of(pages),
            BuildConfiguration,
            secondsPerMeasure.TotalSeconds,
            onText,
            onHtml,
            parse,
            pipeline,
            findNumbers,
            AccuracyFigures.From(pipelineScore.Phones),
            AccuracyFigures.From(pipelineScore.Emails),
            pipelineScore.NegativeHits,
            AccuracyFigures.From(baselineScore.Phones),
            baselineScore.NegativeHits);
    }
}
