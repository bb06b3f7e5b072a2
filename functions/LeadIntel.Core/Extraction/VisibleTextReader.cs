using System.Text;
using AngleSharp.Dom;
using LeadIntel.Core.Text;

namespace LeadIntel.Core.Extraction;

/// <summary>
/// The text a person sees on a page, as one string. Inline elements are joined without spaces
/// (<c>&lt;span&gt;416&lt;/span&gt;-&lt;span&gt;362&lt;/span&gt;</c> reads "416-362"), block elements are separated by
/// newlines and table cells by tabs. Scripts, styles, templates, comments, the head and hidden elements are left out.
/// Characters are folded with <see cref="CharFolding"/> and whitespace collapsed as a browser would.
/// </summary>
public static class VisibleTextReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "template", "noscript", "svg", "math", "iframe", "object", "embed",
        "canvas", "video", "audio", "select", "datalist", "input", "textarea", "title", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "br", "option",
    };

    /// <summary>The visible text of the document's body (or of the whole document when it has none).</summary>
    public static string Read(IDocument document) =>
        document.Body is { } body ? Read(body) : document.DocumentElement is { } root ? Read(root) : string.Empty;

    /// <summary>The visible text under <paramref name="root"/>.</summary>
    public static string Read(INode root)
    {
        var writer = new Writer(new StringBuilder());
        // An explicit stack: real pages nest deeply enough to make recursion a risk.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                writer.Break(Separator(node));
                continue;
            }

            switch (node)
            {
                case IText text:
                    writer.Append(text.Data);
                    break;
                case IElement element when IsShown(element):
                    var separator = Separator(element);
                    writer.Break(separator);
                    if (separator != Gap.None)
                    {
                        stack.Push((element, true));
                    }

                    // By index: AngleSharp's PreviousSibling searches the parent's list, quadratic on wide nodes.
                    var children = element.ChildNodes;
                    for (var c = children.Length - 1; c >= 0; c--)
                    {
                        stack.Push((children[c], false));
                    }

                    break;
            }
        }

        return writer.ToString();
    }

    /// <summary>False for elements a person cannot see: skipped tags, <c>hidden</c>, <c>aria-hidden</c>, inline display:none / visibility:hidden.</summary>
    public static bool IsShown(IElement element)
    {
        if (Skipped.Contains(element.LocalName)
            || element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return true;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return !compact.Contains("display:none", StringComparison.Ordinal) && !compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static Gap Separator(INode node) => node switch
    {
        IElement { LocalName: "td" or "th" } => Gap.Cell,
        IElement e when Blocks.Contains(e.LocalName) => Gap.Line,
        _ => Gap.None,
    };

    private enum Gap
    {
        None,
        Space,
        Cell,
        Line,
    }

    /// <summary>Appends folded text, holding back whitespace until the next visible character decides what it becomes.</summary>
    private struct Writer(StringBuilder builder)
    {
        private Gap _pending;

        public void Break(Gap gap)
        {
            if (gap > _pending)
            {
                _pending = gap;
            }
        }

        public void Append(string text)
        {
            foreach (var raw in text)
            {
                var c = CharFolding.Fold(raw);
                if (c == CharFolding.Drop)
                {
                    continue;
                }

                if (char.IsWhiteSpace(c))
                {
                    Break(Gap.Space);
                    continue;
                }

                if (_pending != Gap.None && builder.Length > 0)
                {
                    builder.Append(_pending switch { Gap.Line => '\n', Gap.Cell => '\t', _ => ' ' });
                }

                _pending = Gap.None;
                builder.Append(c);
            }
        }

        public override readonly string ToString() => builder.ToString();
    }
}
