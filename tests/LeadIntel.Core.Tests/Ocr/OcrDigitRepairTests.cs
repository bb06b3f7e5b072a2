using LeadIntel.Core.Ocr;

namespace LeadIntel.Core.Tests.Ocr;

public class OcrDigitRepairTests
{
    [Theory]
    [InlineData("O8OO l23 4567", "0800 123 4567")]
    [InlineData("+49 (O)30 l2345678", "+49 (0)30 12345678")]
    [InlineData("Tel: 555-O1O0", "Tel: 555-0100")]
    public void Turns_letters_back_into_digits_inside_numbers(string text, string expected) => Assert.Equal(expected, OcrDigitRepair.Repair(text));

    [Theory]
    [InlineData("Open Mon-Fri 9-5")]
    [InlineData("I call O'Brien")]
    [InlineData("Hello 1O")]
    [InlineData("call 555|1234")]
    public void Leaves_words_alone(string text) => Assert.Equal(text, OcrDigitRepair.Repair(text));
}
