using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Tests.Phones;

public class PhoneLabelTests
{
    [Theory]
    [InlineData("Tel: ", PhoneLabelKind.Phone)]
    [InlineData("Tel.-Nr.: ", PhoneLabelKind.Phone)]
    [InlineData("Call us at ", PhoneLabelKind.Phone)]
    [InlineData("Téléphone : ", PhoneLabelKind.Phone)]
    [InlineData("電話：", PhoneLabelKind.Phone)]
    [InlineData("Order by phone: ", PhoneLabelKind.Phone)]
    [InlineData("Tel./Fax ", PhoneLabelKind.Phone)]
    [InlineData("Fax: ", PhoneLabelKind.Fax)]
    [InlineData("Telefax ", PhoneLabelKind.Fax)]
    [InlineData("Order No. ", PhoneLabelKind.Identifier)]
    [InlineData("Art.-Nr. ", PhoneLabelKind.Identifier)]
    [InlineData("Invoice #", PhoneLabelKind.Identifier)]
    [InlineData("Tracking number: ", PhoneLabelKind.Identifier)]
    [InlineData("Opening soon ", PhoneLabelKind.None)]
    [InlineData("Phone 1: ", PhoneLabelKind.None)]
    [InlineData("Fax\nBranch ", PhoneLabelKind.None)]
    public void Classifies_the_words_before_a_number(string label, PhoneLabelKind kind) =>
        Assert.Equal(kind, PhoneLabel.Classify(label + "416-362-8820", label.Length));
}
