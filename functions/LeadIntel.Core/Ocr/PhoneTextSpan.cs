namespace LeadIntel.Core.Ocr;

/// <summary>Where a phone number sits in a text: <c>text.Substring(Start, Length)</c>.</summary>
public readonly record struct PhoneTextSpan(int Start, int Length);
