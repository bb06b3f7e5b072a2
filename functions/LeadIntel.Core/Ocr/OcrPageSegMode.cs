namespace LeadIntel.Core.Ocr;

/// <summary>How Tesseract lays out the page before reading (tesseract::PageSegMode values).</summary>
public enum OcrPageSegMode
{
    /// <summary>Full automatic layout analysis: documents, banners.</summary>
    Auto = 3,

    /// <summary>One uniform block of text.</summary>
    SingleBlock = 6,

    /// <summary>One text line: a phone number rendered as an image.</summary>
    SingleLine = 7,

    /// <summary>As much text as possible in no particular order: screenshots, UI.</summary>
    SparseText = 11,
}
