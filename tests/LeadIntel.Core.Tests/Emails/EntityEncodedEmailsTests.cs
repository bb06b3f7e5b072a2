using LeadIntel.Core.Emails;

namespace LeadIntel.Core.Tests.Emails;

public class EntityEncodedEmailsTests
{
    [Theory]
    [InlineData("<p>&#106;&#111;&#104;&#110;&#64;&#97;&#99;&#109;&#101;&#46;&#99;&#111;&#109;</p>")]
    [InlineData("<p>john&#x40;acme.com</p>")]
    [InlineData("<p>john&commat;acme&period;com</p>")]
    [InlineData("<a href=\"&#109;&#97;&#105;&#108;&#116;&#111;&#58;john&#64;acme.com\">write</a>")]
    public void Decodes_character_references(string html) => Assert.Equal(["john@acme.com"], EntityEncodedEmails.Find(html));

    [Fact]
    public void Ignores_plain_addresses_and_encoded_look_alikes() =>
        Assert.Empty(EntityEncodedEmails.Find("<p>john@acme.com</p><img src=\"logo&#64;2x.png\">"));
}
