using LeadIntel.Core.Evaluation;

namespace LeadIntel.Core.Tests.Evaluation;

public class CorpusScorerTests
{
    private static CorpusPage Page(string file, string[] phones, LabelledNegative[]? negatives = null) => new(
        new CorpusLabel
        {
            File = file,
            Region = "DE",
            Phones = phones.Select(p => p.Split(";ext=") is [var e164, var ext] ? new LabelledPhone { E164 = e164, Extension = ext } : new LabelledPhone { E164 = p }).ToList(),
            Emails = ["info@baeckerei.de"],
            Negatives = negatives ?? [],
        },
        "<p/>");

    [Fact]
    public void Counts_per_page_and_in_total_and_names_reported_negatives()
    {
        var pages = new[]
        {
            Page("a.html", ["+493012345678", "+493012345678;ext=12"], [new LabelledNegative { Kind = "fax", Text = "030 1234567-9", E164 = "+4930123456789" }]),
            Page("b.html", []),
        };
        var predictions = new Dictionary<string, Prediction>
        {
            ["a.html"] = new(["+493012345678", "+4930123456789"], ["info@baeckerei.de"]),
            ["b.html"] = new([], []),
        };

        var score = CorpusScorer.Score("stub", pages, page => predictions[page.Label.File]);

        Assert.Equal(new SetScore(1, 1, 1), score.Phones);
        Assert.Equal(new SetScore(1, 0, 1), score.Emails);
        Assert.Equal(1, score.NegativeHits);
        var misses = score.DescribeMisses();
        Assert.Contains("a.html [DE]; phones missed: +493012345678;ext=12; phones wrong: +4930123456789", misses);
        Assert.Contains("reported fax '030 1234567-9'", misses);
        Assert.Contains("b.html [DE]; emails missed: info@baeckerei.de", misses);
        Assert.DoesNotContain("b.html", score.DescribeMisses(includeEmails: false));
    }

    [Fact]
    public void FindNumbers_baseline_keeps_extensions_apart()
    {
        var keys = FindNumbersBaseline.Find("Call 512-474-2891 ext. 114 or (512) 474-2899.", "US").ToList();
        Assert.Equal(["+15124742891;ext=114", "+15124742899"], keys);
        Assert.Equal(2, FindNumbersBaseline.Count("Call 512-474-2891 ext. 114 or (512) 474-2899.", "US"));
    }
}
