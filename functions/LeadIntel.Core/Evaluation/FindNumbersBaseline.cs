using PhoneNumbers;

namespace LeadIntel.Core.Evaluation;

/// <summary>
/// The reference the layers are measured against: libphonenumber's own matcher over plain text, at VALID leniency,
/// with unlimited tries (its <c>maxTries</c> counts candidates, so a finite value drops numbers on long pages).
/// </summary>
public static class FindNumbersBaseline
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Phone keys (E.164 plus extension) of every valid match.</summary>
    public static IEnumerable<string> Find(string text, string region)
    {
        foreach (var match in Util.FindNumbers(text, region, PhoneNumberUtil.Leniency.VALID, long.MaxValue))
        {
            var number = match.Number;
            yield return PhoneKey.Of(Util.Format(number, PhoneNumberFormat.E164), number.HasExtension ? number.Extension : null);
        }
    }

    /// <summary>How many matches, without formatting them: what the throughput benchmark times.</summary>
    public static int Count(string text, string region) => Util.FindNumbers(text, region, PhoneNumberUtil.Leniency.VALID, long.MaxValue).Count();
}
