using LeadIntel.Demo.Catalog;
using LeadIntel.Demo.Pages;

namespace LeadIntel.Core.Tests.Platforms.Directory;

/// <summary>The demo directory's pages rendered in process: the saved HTML the parsers are tested on.</summary>
internal static class DemoDirectory
{
    public static readonly Uri BaseUrl = new("http://demo.test/demo/directory/");

    public static readonly DirectoryLinks Links = new("http://demo.test", "/demo/directory");

    public static readonly DirectoryPages Pages = new(BusinessCatalog.Default);

    public static IReadOnlyList<Business> Businesses => BusinessCatalog.Default.Businesses;

    public static Uri DetailUrl(Business b) => new(BaseUrl, $"biz/{b.Slug}");

    public static string Detail(Business b) => Pages.Business(Links, b.Slug)!;
}
