using System.Text;

namespace LeadIntel.Core.Extraction;

/// <summary>Short, single-line context snippets for evidence.</summary>
public static class ContextSnippet
{
    public const int MaxLength = 120;

    /// <summary>Collapses whitespace and trims to <see cref="MaxLength"/> characters.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The text around [start, start+length), about <paramref name="radius"/> characters each side.</summary>
    public static string Around(string text, int start, int length, int radius = 40)
    {
        var from = Math.Max(0, start - radius);
        var to = Math.Min(text.Length, start + length + radius);
        return Clean(text[from..to]);
    }
}
