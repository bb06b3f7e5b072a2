using LeadIntel.Core.Crawling.Robots;

namespace LeadIntel.Core.Tests.Crawling.Robots;

public class RobotsTxtParserTests
{
    private static bool Allowed(string robots, string path, string token = "LeadIntel") =>
        RobotsTxtParser.Parse(robots, token).IsAllowed(new Uri("https://shop.test" + path));

    [Fact]
    public void Our_group_wins_over_the_star_group()
    {
        const string robots = "User-agent: *\nDisallow: /\n\nUser-agent: leadintel\nDisallow: /cart\n";
        Assert.True(Allowed(robots, "/contact"));
        Assert.False(Allowed(robots, "/cart"));
        Assert.False(Allowed(robots, "/contact", token: "OtherBot"));
    }

    [Fact]
    public void A_user_agent_line_with_a_version_names_the_product_token()
    {
        Assert.False(Allowed("User-agent: LeadIntel/2.0 (+https://x)\nDisallow: /a\n", "/a"));
        Assert.True(Allowed("User-agent: LeadIntelligence\nDisallow: /a\n", "/a"));
    }

    [Fact]
    public void Groups_naming_us_are_merged_and_consecutive_agents_share_a_group()
    {
        const string robots = """
            User-agent: Googlebot
            User-agent: LeadIntel
            Disallow: /a

            User-agent: *
            Disallow: /c

            User-agent: LeadIntel
            Disallow: /b
            """;
        Assert.False(Allowed(robots, "/a"));
        Assert.False(Allowed(robots, "/b"));
        Assert.True(Allowed(robots, "/c"));
    }

    [Fact]
    public void No_matching_group_and_no_star_group_means_no_rules()
    {
        Assert.True(Allowed("User-agent: Googlebot\nDisallow: /\n", "/anything"));
        Assert.True(Allowed("Disallow: /\n", "/anything")); // rules before any User-agent belong to no group
        Assert.True(Allowed(string.Empty, "/"));
    }

    [Theory]
    [InlineData("/private", false)]
    [InlineData("/private/notes", false)]
    [InlineData("/private/press", true)] // Allow /private/press is longer than Disallow /private
    [InlineData("/private/press/2024", true)]
    [InlineData("/privateer", false)] // prefix match, not path segments
    [InlineData("/public", true)]
    public void Longest_match_wins(string path, bool allowed)
    {
        const string robots = "User-agent: *\nDisallow: /private\nAllow: /private/press\n";
        Assert.Equal(allowed, Allowed(robots, path));
    }

    [Fact]
    public void On_equal_length_allow_wins()
    {
        Assert.True(Allowed("User-agent: *\nDisallow: /page\nAllow: /page\n", "/page"));
        Assert.True(Allowed("User-agent: *\nAllow: /page\nDisallow: /page\n", "/page"));
    }

    [Theory]
    [InlineData("/index.php", false)]
    [InlineData("/shop/cart.php", false)]
    [InlineData("/index.php?x=1", true)] // '$' anchors the end: the query makes it longer
    [InlineData("/index.phpx", true)]
    [InlineData("/about", true)]
    public void Dollar_anchors_the_end(string path, bool allowed)
    {
        Assert.Equal(allowed, Allowed("User-agent: *\nDisallow: /*.php$\n", path));
    }

    [Theory]
    [InlineData("/list?sessionid=42", false)]
    [InlineData("/a/b/list?x=1&sessionid=42", false)]
    [InlineData("/list?session=42", true)]
    [InlineData("/fish/salmon.html", false)]
    [InlineData("/Fish/salmon.html", true)] // paths are case-sensitive
    [InlineData("/fishy", true)]
    public void Star_matches_any_run_of_characters(string path, bool allowed)
    {
        Assert.Equal(allowed, Allowed("User-agent: *\nDisallow: /*sessionid=\nDisallow: /fish*.html\n", path));
    }

    [Fact]
    public void Star_and_dollar_stay_fast_on_pathological_patterns()
    {
        var rule = new RobotsRule(false, "/" + string.Concat(Enumerable.Repeat("*a", 200)) + "$");
        Assert.False(rule.Matches("/" + new string('a', 199) + "b"));
        Assert.True(rule.Matches("/" + new string('a', 300)));
    }

    [Fact]
    public void Empty_disallow_allows_everything_and_robots_txt_itself_is_always_allowed()
    {
        Assert.True(Allowed("User-agent: *\nDisallow:\n", "/x"));
        Assert.True(Allowed("User-agent: *\nDisallow: /\n", "/robots.txt"));
        Assert.False(Allowed("User-agent: *\nDisallow: /\n", "/"));
    }

    [Fact]
    public void Percent_encoding_is_normalized_on_both_sides()
    {
        const string robots = "User-agent: *\nDisallow: /caf%C3%A9\nDisallow: /foo/bar/ツ\nDisallow: /%7Euser\n";
        Assert.False(Allowed(robots, "/café/menu"));
        Assert.False(Allowed(robots, "/foo/bar/%E3%83%84"));
        Assert.False(Allowed(robots, "/~user/home"));
        Assert.Equal("/a%2Fb/c", RobotsPath.Normalize("/a%2fb/%63")); // escaped '/' stays escaped, '%63' is 'c'
    }

    [Fact]
    public void Reads_comments_case_misspellings_bom_and_crlf()
    {
        const string robots = "\uFEFFUSER-AGENT: * # everyone\r\nDISSALLOW: /tmp # typo seen in the wild\r\nallow : /tmp/ok\r\n";
        Assert.False(Allowed(robots, "/tmp/x"));
        Assert.True(Allowed(robots, "/tmp/ok"));
    }

    [Fact]
    public void Pattern_without_leading_slash_is_read_from_the_root()
    {
        Assert.False(Allowed("User-agent: *\nDisallow: private\n", "/private/x"));
    }

    [Fact]
    public void Crawl_delay_of_the_chosen_group_is_kept()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), RobotsTxtParser.Parse("User-agent: *\nCrawl-delay: 2.5\n", "LeadIntel").CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(7), RobotsTxtParser.Parse("User-agent: LeadIntel\nCrawl-delay: 3\n\nUser-agent: LeadIntel\nCrawl-delay: 7\n\nUser-agent: *\nCrawl-delay: 60\n", "LeadIntel").CrawlDelay);
        Assert.Null(RobotsTxtParser.Parse("User-agent: *\nCrawl-delay: soon\n", "LeadIntel").CrawlDelay);
        Assert.Null(RobotsTxtParser.Parse("User-agent: Googlebot\nCrawl-delay: 9\n", "LeadIntel").CrawlDelay);
    }

    [Theory]
    [InlineData("LeadIntel/1.0 (+https://github.com/leadintel/leadintel; lead research bot)", "LeadIntel")]
    [InlineData("  Lead-Intel_Bot/2", "Lead-Intel_Bot")]
    [InlineData("/1.0", "")]
    public void Product_token_is_the_leading_name(string userAgent, string token) => Assert.Equal(token, RobotsTxtParser.ProductToken(userAgent));
}
