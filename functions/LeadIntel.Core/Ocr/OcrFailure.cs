namespace LeadIntel.Core.Ocr;

/// <summary>Why OCR failed: the input's fault or the machine's.</summary>
public enum OcrFailure
{
    /// <summary>The bytes are empty or not an image Leptonica can decode.</summary>
    UnreadableImage,

    /// <summary>The image is larger than <see cref="OcrEngineOptions.MaxPixels"/>.</summary>
    ImageTooLarge,

    /// <summary>Tesseract's language data (<c>LANG.traineddata</c>) is missing or does not load.</summary>
    MissingLanguageData,

    /// <summary>libtesseract / Leptonica are not installed.</summary>
    MissingNativeLibrary,

    /// <summary>Recognition took longer than <see cref="OcrEngineOptions.RecognizeTimeout"/>.</summary>
    TimedOut,

    /// <summary>Tesseract returned an error while recognizing.</summary>
    RecognitionFailed,
}
