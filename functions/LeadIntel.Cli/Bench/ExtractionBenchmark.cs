using System.Diagnostics;
using System.Reflection;
using System.Text;
using LeadIntel.Core.Evaluation;
using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;
using LeadIntel.Core.Phones;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// Measures phone extraction on a labelled corpus in one run: throughput of the candidate scanner alone and of
/// libphonenumber's FindNumbers on the same body text (plain strings), of the visible_text layer (reader and scanner on
/// a parsed page, body text and HTML), of the whole HTML pipeline, plus the accuracy of the pipeline and of FindNumbers
/// against the labels.
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
        var visibleText = phoneLayers.FirstOrDefault(l => l.Name == ExtractionLayers.VisibleText);
        var measures = new List<Func<ThroughputMeter, Throughput>>
        {
            meter => meter.Measure("parse", "html", htmlBytes, pages.Count, () => pages.Sum(p => p.Parse().Region.Length > 0 ? 1 : 0)),
            meter => meter.Measure("pipeline", "html", htmlBytes, pages.Count, () => pages.Sum(p => extractor.Extract(p.Parse()).Phones.Count)),
            meter => meter.Measure("findnumbers", "text", textBytes, pages.Count, () => texts.Sum(t => FindNumbersBaseline.Count(t.Text, t.Region))),
            // The same strings FindNumbers gets, no page around them: the scan and validation the visible_text layer runs.
            meter => meter.Measure("scanner", "text", textBytes, pages.Count, () => texts.Sum(t => PhoneCandidateScanner.Scan(t.Text, t.Region).Count)),
        };
        if (visibleText is not null)
        {
            measures.Add(meter => meter.Measure(
                "visible_text_text", "text", textBytes, pages.Count,
                () => textPages.Select((html, i) => HtmlPage.Parse(html, null, texts[i].Region)).ToList(),
                fresh => fresh.Sum(p => visibleText.Find(p).Count())));
            measures.Add(meter => meter.Measure(
                "visible_text_html", "html", htmlBytes, pages.Count,
                () => pages.Select(p => p.Parse()).ToList(),
                fresh => fresh.Sum(p => visibleText.Find(p).Count())));
        }

        // One short round of everything first: the measures share code (parsing, libphonenumber), and a measure that ran
        // before that code was fully JIT-optimized read slower than a later one that includes it.
        var warmUp = new ThroughputMeter(TimeSpan.FromTicks(Math.Min(secondsPerMeasure.Ticks, TimeSpan.FromSeconds(0.5).Ticks)));
        measures.ForEach(measure => measure(warmUp));
        var meter = new ThroughputMeter(secondsPerMeasure);
        var results = measures.Select(measure => measure(meter)).ToDictionary(t => t.Name);

        var pipelineScore = CorpusScorer.Score(extractor, pages);
        var baselineScore = CorpusScorer.ScoreFindNumbers(pages);
        return new ExtractionBenchResult(
            corpus.Directory,
            CorpusStats.Of(pages),
            BuildConfiguration,
            secondsPerMeasure.TotalSeconds,
            results["scanner"],
            results.GetValueOrDefault("visible_text_text"),
            results.GetValueOrDefault("visible_text_html"),
            results["parse"],
            results["pipeline"],
            results["findnumbers"],
            AccuracyFigures.From(pipelineScore.Phones),
            AccuracyFigures.From(pipelineScore.Emails),
            pipelineScore.NegativeHits,
            AccuracyFigures.From(baselineScore.Phones),
            baselineScore.NegativeHits);
    }
}
