using System.Text.Json;
using LeadIntel.Cli.Commands;
using LeadIntel.Core.Evaluation;

namespace LeadIntel.Cli.Tests.Commands;

public class BenchCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await LeadIntelCommand.InvokeAsync(args, new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static string Corpus(string labels, params (string File, string Html)[] pages)
    {
        var directory = Directory.CreateTempSubdirectory("leadintel-bench-").FullName;
        foreach (var (file, html) in pages)
        {
            File.WriteAllText(Path.Combine(directory, file), html);
        }

        File.WriteAllText(Path.Combine(directory, LabelledCorpus.LabelsFileName), labels);
        return directory;
    }

    [Fact]
    public async Task A_corpus_path_that_does_not_exist_is_bad_usage()
    {
        var (exit, stdout, stderr) = await RunAsync("bench", "extraction", "--corpus", "/nonexistent/corpus", "--seconds", "0.01");
        Assert.Equal(BenchCommand.ExitUsage, exit);
        Assert.Empty(stdout);
        Assert.Contains("'/nonexistent/corpus' does not exist", stderr);
    }

    [Fact]
    public async Task A_directory_without_labels_is_bad_usage()
    {
        var directory = Directory.CreateTempSubdirectory("leadintel-bench-").FullName;
        var (exit, _, stderr) = await RunAsync("bench", "extraction", "--corpus", directory);
        Assert.Equal(BenchCommand.ExitUsage, exit);
        Assert.Contains("has no labels.json", stderr);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("601")]
    public async Task Seconds_out_of_range_is_bad_usage(string seconds)
    {
        var corpus = Corpus("""{"pages":[]}""");
        var (exit, _, stderr) = await RunAsync("bench", "extraction", "--corpus", corpus, "--seconds", seconds);
        Assert.Equal(BenchCommand.ExitUsage, exit);
        Assert.Contains("--seconds", stderr);
    }

    [Fact]
    public async Task Bench_without_a_subcommand_is_bad_usage()
    {
        var (exit, _, stderr) = await RunAsync("bench");
        Assert.Equal(LeadIntelCommand.ExitUsage, exit);
        Assert.NotEmpty(stderr);
    }

    [Fact]
    public async Task Broken_labels_exit_1_with_the_reason()
    {
        var corpus = Corpus("""{"pages":[{"file":"a.html","region":"US","phones":[{"e164":"+1 (512) 474-2891"}]}]}""", ("a.html", "<p/>"));
        var (exit, stdout, stderr) = await RunAsync("bench", "extraction", "--corpus", corpus);
        Assert.Equal(BenchCommand.ExitBadCorpus, exit);
        Assert.Empty(stdout);
        Assert.Contains("corpus is broken", stderr);
        Assert.Contains("canonical E.164", stderr);
    }

    [Fact]
    public async Task Measures_a_small_corpus_and_ends_with_a_json_line()
    {
        var corpus = Corpus(
            """
            {"pages":[
              {"file":"a.html","region":"US","phones":[{"e164":"+15124742891"}],"emails":["desk@dental-austin.com"],
               "negatives":[{"kind":"fax","text":"(512) 474-2890","e164":"+15124742890"}]},
              {"file":"b.html","region":"DE","phones":[{"e164":"+493068402177"}]}
            ]}
            """,
            ("a.html", "<body><a href='tel:+15124742891'>Call</a> Fax (512) 474-2890 <a href='mailto:desk@dental-austin.com'>mail</a></body>"),
            ("b.html", "<body><p>Telefon: 030 / 68 40 21 77</p></body>"));

        var (exit, stdout, stderr) = await RunAsync("bench", "extraction", "--corpus", corpus, "--seconds", "0.02");

        Assert.Equal(BenchCommand.ExitOk, exit);
        Assert.Empty(stderr);
        Assert.Contains("pipeline (parse+layers+aggregate)", stdout);
        Assert.Contains("FindNumbers VALID, body text", stdout);
        Assert.Contains("scanner alone, body text", stdout);
        Assert.Contains("scanner vs FindNumbers on the same text strings", stdout);
        using var json = JsonDocument.Parse(stdout.TrimEnd().Split('\n')[^1]);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("stats").GetProperty("pages").GetInt32());
        Assert.Equal(2, root.GetProperty("stats").GetProperty("regions").GetInt32());
        Assert.True(root.GetProperty("pipeline").GetProperty("passes").GetInt32() >= 1);
        Assert.True(root.GetProperty("pipeline").GetProperty("megabytes_per_second").GetDouble() > 0);
        // Every pipeline finds the tel: link. FindNumbers sees only text: the German number and the fax line (the link reads "Call").
        Assert.True(root.GetProperty("pipeline_phones").GetProperty("true_positives").GetInt32() >= 1);
        Assert.Equal(1, root.GetProperty("pipeline_emails").GetProperty("true_positives").GetInt32());
        Assert.Equal(2, root.GetProperty("find_numbers").GetProperty("found_per_pass").GetInt32());
        // The scanner reads the same two strings ("Call Fax ..." reads as a phone label: a phone word wins).
        Assert.Equal(2, root.GetProperty("scanner").GetProperty("found_per_pass").GetInt32());
        Assert.Equal("text", root.GetProperty("scanner").GetProperty("input").GetString());
        Assert.True(root.GetProperty("scanner_speedup").GetDouble() > 0);
        Assert.Equal(1, root.GetProperty("find_numbers_negative_hits").GetInt32());
        Assert.Equal(1, root.GetProperty("find_numbers_phones").GetProperty("false_positives").GetInt32());
    }
}
