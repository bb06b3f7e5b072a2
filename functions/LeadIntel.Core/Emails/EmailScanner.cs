namespace LeadIntel.Core.Emails;

/// <summary>
/// Finds email addresses in plain text: from each '@', expands over address characters on both sides and keeps
/// what <see cref="EmailAddress.TryNormalize"/> accepts. Linear in the text, no regular expression.
/// </summary>
public static class EmailScanner
{
    public static IReadOnlyList<EmailCandidate> Scan(string text)
    {
        var found = new List<EmailCandidate>();
        var i = 0;
        while ((i = text.IndexOf('@', i)) >= 0)
        {
            var start = i;
            while (start > 0 && IsLocal(text[start - 1]))
            {
                start--;
            }

            var end = i + 1;
            while (end < text.Length && IsDomain(text[end]))
            {
                end++;
            }

            while (start < i && text[start] is '.' or '-' or '+')
            {
                start++;
            }

            while (end > i + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            if (start < i && end > i + 1 && EmailAddress.TryNormalize(text[start..end], out var address))
            {
                found.Add(new EmailCandidate(address, start, end - start));
            }

            i = Math.Max(end, i + 1);
        }

        return found;
    }

    private static bool IsLocal(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomain(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
}
