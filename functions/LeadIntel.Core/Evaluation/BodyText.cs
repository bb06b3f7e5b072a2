using System.Text;
using AngleSharp.Dom;

namespace LeadIntel.Core.Evaluation;

/// <summary>
/// The text of a document's body as a naive scraper sees it: every text node outside script, style, template and
/// noscript, with a line break after block elements so neighbouring cells do not run together. Hidden elements are
/// kept on purpose: this is the input of the baseline, not of the extraction layers.
/// </summary>
public static class BodyText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "noscript", "svg" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "td", "th", "tr", "ul", "option", "button", "label",
    };

    public static string Of(IDocument document)
    {
        var text = new StringBuilder();
        if (document.Body is not null)
        {
            Append(document.Body, text);
        }

        return text.ToString();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when !Skipped.Contains(e.LocalName):
                    Append(e, text);
                    if (Blocks.Contains(e.LocalName))
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }
}
