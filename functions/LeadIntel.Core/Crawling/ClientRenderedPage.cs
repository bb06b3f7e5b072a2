using AngleSharp.Dom;
using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Crawling;

/// <summary>
/// Spots pages whose content is drawn by JavaScript (React, Vue, Angular, Next, Nuxt, Flutter shells):
/// almost no visible text, scripts present, and an empty app root or a "enable JavaScript" notice.
/// An HTTP crawl sees nothing on them; a browser job should take them.
/// </summary>
public static class ClientRenderedPage
{
    /// <summary>Fewer visible characters than this, with scripts, is a shell when an app root or JS notice confirms it.</summary>
    public const int SparseText = 250;

    /// <summary>Fewer visible characters than this, with external scripts, is a shell on its own.</summary>
    public const int NearlyEmpty = 40;

    private const string AppRoots = "#root, #app, #__next, #__nuxt, #___gatsby, #svelte, [data-reactroot], [ng-version], app-root, flutter-view, flt-glass-pane";

    private static readonly HashSet<string> HiddenTags = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "svg" };

    public static bool Detect(HtmlPage page)
    {
        var document = page.Document;
        var scripts = document.Scripts.Where(s => !(s.Type ?? string.Empty).Contains("json", StringComparison.OrdinalIgnoreCase)).ToList();
        if (scripts.Count == 0)
        {
            return false;
        }

        var text = VisibleTextLength(document.Body);
        if (text >= SparseText)
        {
            return false;
        }

        var emptyAppRoot = document.QuerySelectorAll(AppRoots).Any(root => VisibleTextLength(root) < NearlyEmpty);
        var jsNotice = document.QuerySelectorAll("noscript").Any(n => n.TextContent.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        var externalScript = scripts.Any(s => !string.IsNullOrWhiteSpace(s.Source));
        return emptyAppRoot || jsNotice || (text < NearlyEmpty && externalScript);
    }

    /// <summary>Non-whitespace characters a reader would see (script, style and noscript text left out).</summary>
    internal static int VisibleTextLength(IElement? root)
    {
        if (root is null)
        {
            return 0;
        }

        var length = 0;
        foreach (var node in root.Descendants<IText>())
        {
            if (IsHidden(node, root))
            {
                continue;
            }

            foreach (var c in node.Data)
            {
                length += char.IsWhiteSpace(c) ? 0 : 1;
            }

            if (length >= SparseText)
            {
                break;
            }
        }

        return length;
    }

    private static bool IsHidden(INode node, IElement root)
    {
        for (var parent = node.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            if (HiddenTags.Contains(parent.LocalName))
            {
                return true;
            }
        }

        return HiddenTags.Contains(root.LocalName);
    }
}
