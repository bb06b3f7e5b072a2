using LeadIntel.Core.Evaluation;

namespace LeadIntel.Core.Tests.Evaluation;

public class LabelledCorpusTests
{
    [Fact]
    public void The_corpus_covers_many_regions_with_negatives_on_every_page()
    {
        var corpus = TestCorpus.Instance;
        var stats = CorpusStats.Of(corpus.Pages);
        Assert.True(stats.Pages >= 48, stats.ToString());
        Assert.True(stats.Regions >= 10, stats.ToString());
        Assert.True(stats.PagesWithoutPhones >= 3, stats.ToString());
        Assert.True(stats.PhonesWithExtension >= 3, stats.ToString());
        Assert.All(corpus.Pages, page => Assert.NotEmpty(page.Label.Negatives));
        Assert.Contains(corpus.Pages, page => page.Label.Negatives.Any(n => n.Kind == "fax"));
        Assert.Contains(corpus.Pages, page => page.Label.Negatives.Any(n => n.Kind == "hidden"));
    }

    [Fact]
    public void Every_page_in_the_directory_is_labelled_and_realistically_sized()
    {
        var labelled = TestCorpus.Instance.Pages.Select(p => p.Label.File).ToHashSet();
        var files = Directory.GetFiles(TestCorpus.Directory, "*.html").Select(Path.GetFileName).ToList();
        Assert.Equal(files.Order(), labelled.Order());
        Assert.All(TestCorpus.Instance.Pages, page => Assert.InRange(page.Bytes, 2 * 1024, 30 * 1024));
    }

    [Fact]
    public void Negative_texts_appear_on_their_page()
    {
        foreach (var page in TestCorpus.Instance.Pages)
        {
            var text = System.Text.RegularExpressions.Regex.Replace(System.Net.WebUtility.HtmlDecode(page.Html), @"\s+", " ");
            Assert.All(page.Label.Negatives, n => Assert.True(text.Contains(n.Text, StringComparison.Ordinal), $"{page.Label.File}: '{n.Text}' not on the page"));
        }
    }

    [Fact]
    public void A_missing_directory_or_labels_file_is_reported()
    {
        Assert.Throws<DirectoryNotFoundException>(() => LabelledCorpus.Load("/nonexistent/corpus"));
        var empty = Directory.CreateTempSubdirectory("leadintel-corpus-").FullName;
        var error = Assert.Throws<FileNotFoundException>(() => LabelledCorpus.Load(empty));
        Assert.Contains("labels.json", error.Message);
    }

    [Theory]
    [InlineData("""{"pages":[{"file":"a.html","region":"US","phones":[{"e164":"+1555"}]}]}""", "not a valid number")]
    [InlineData("""{"pages":[{"file":"a.html","region":"US","phones":[{"e164":"+1 512 474 2891"}]}]}""", "canonical E.164")]
    [InlineData("""{"pages":[{"file":"a.html","region":"XX"}]}""", "unknown region")]
    [InlineData("""{"pages":[{"file":"a.html","region":"US","emails":["Info@Shop.com"]}]}""", "lower-case")]
    [InlineData("""{"pages":[{"file":"a.html","region":"US","phone":[]}]}""", "phone")]
    [InlineData("""{"pages":[{"file":"a.html","region":"US"},{"file":"a.html","region":"US"}]}""", "labelled twice")]
    [InlineData("""{"pages":[{"file":"a.html","region":"US","phones":[{"e164":"+15124742891"}],"negatives":[{"kind":"fax","text":"x","e164":"+15124742891"}]}]}""", "both expected and a negative")]
    public void Wrong_labels_fail_loading_with_the_reason(string labels, string reason)
    {
        var directory = Directory.CreateTempSubdirectory("leadintel-corpus-").FullName;
        File.WriteAllText(Path.Combine(directory, "a.html"), "<p>x</p>");
        File.WriteAllText(Path.Combine(directory, LabelledCorpus.LabelsFileName), labels);
        var error = Assert.Throws<InvalidDataException>(() => LabelledCorpus.Load(directory));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_labelled_page_that_does_not_exist_is_reported()
    {
        var directory = Directory.CreateTempSubdirectory("leadintel-corpus-").FullName;
        File.WriteAllText(Path.Combine(directory, LabelledCorpus.LabelsFileName), """{"pages":[{"file":"gone.html","region":"DE"}]}""");
        var error = Assert.Throws<FileNotFoundException>(() => LabelledCorpus.Load(directory));
        Assert.Contains("gone.html", error.Message);
    }
}
