using System.Text;

namespace LeadIntel.Core.Evaluation;

/// <summary>Scores of one extractor over a whole corpus, micro-averaged (every phone and email counts once).</summary>
public sealed record CorpusScore(string Extractor, IReadOnlyList<PageScore> Pages)
{
    public SetScore Phones => Pages.Aggregate(SetScore.Zero, (sum, p) => sum + p.Phones.Score);

    public SetScore Emails => Pages.Aggregate(SetScore.Zero, (sum, p) => sum + p.Emails.Score);

    /// <summary>Labelled negatives (fax lines, hidden decoys) reported as phones: a subset of the phone false positives.</summary>
    public int NegativeHits => Pages.Sum(p => p.NegativeHits.Count);

    /// <summary>One line per page that is not exact: its file, what was missed and what was wrongly reported.</summary>
    public string DescribeMisses(bool includeEmails = true)
    {
        var text = new StringBuilder();
        foreach (var page in Pages)
        {
            var phonesWrong = !page.Phones.IsExact;
            var emailsWrong = includeEmails && !page.Emails.IsExact;
            if (!phonesWrong && !emailsWrong)
            {
                continue;
            }

            text.Append(page.Label.File).Append(" [").Append(page.Label.Region).Append(']');
            if (phonesWrong)
            {
                Append(text, "phones missed", page.Phones.FalseNegatives);
                Append(text, "phones wrong", page.Phones.FalsePositives);
            }

            if (emailsWrong)
            {
                Append(text, "emails missed", page.Emails.FalseNegatives);
                Append(text, "emails wrong", page.Emails.FalsePositives);
            }

            foreach (var negative in page.NegativeHits)
            {
                text.Append($"; reported {negative.Kind} '{negative.Text}'");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    public override string ToString() => $"{Extractor}: phones {Phones}; emails {Emails}; negative hits {NegativeHits}";

    private static void Append(StringBuilder text, string what, IReadOnlyList<string> keys)
    {
        if (keys.Count > 0)
        {
            text.Append("; ").Append(what).Append(": ").AppendJoin(", ", keys);
        }
    }
}
