using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Evaluation;

/// <summary>Runs an extractor over every page of a corpus and compares what it reports with the labels.</summary>
public static class CorpusScorer
{
    public static CorpusScore Score(string extractor, IEnumerable<CorpusPage> pages, Func<CorpusPage, Prediction> predict)
    {
        var scores = new List<PageScore>();
        foreach (var page in pages)
        {
            var prediction = predict(page);
            var phones = SetComparison.Compare(page.Label.Phones.Select(p => p.Key), prediction.Phones);
            var emails = SetComparison.Compare(page.Label.Emails, prediction.Emails);
            var wrong = phones.FalsePositives.Select(BareE164).ToHashSet(StringComparer.Ordinal);
            var negativeHits = page.Label.Negatives.Where(n => n.E164 is not null && wrong.Contains(n.E164)).ToList();
            scores.Add(new PageScore(page.Label, phones, emails, negativeHits));
        }

        return new CorpusScore(extractor, scores);
    }

    /// <summary>Scores a <see cref="PageExtractor"/>: parse with the page's URL and the caller's region, run every layer, aggregate.</summary>
    public static CorpusScore Score(PageExtractor extractor, IEnumerable<CorpusPage> pages, string name = "pipeline") =>
        Score(name, pages, page => Predict(extractor, page));

    /// <summary>Scores libphonenumber's matcher on each page's body text (see <see cref="FindNumbersBaseline"/>); it finds no emails.</summary>
    public static CorpusScore ScoreFindNumbers(IEnumerable<CorpusPage> pages) =>
        Score("findnumbers", pages, page =>
        {
            var parsed = page.Parse();
            return new Prediction(FindNumbersBaseline.Find(BodyText.Of(parsed.Document), parsed.Region).ToList(), []);
        });

    public static Prediction Predict(PageExtractor extractor, CorpusPage page)
    {
        var result = extractor.Extract(page.Parse());
        return new Prediction(result.Phones.Select(p => PhoneKey.Of(p.E164, p.Extension)).ToList(), result.Emails.Select(e => e.Address).ToList());
    }

    private static string BareE164(string key)
    {
        var ext = key.IndexOf(";ext=", StringComparison.Ordinal);
        return ext < 0 ? key : key[..ext];
    }
}
