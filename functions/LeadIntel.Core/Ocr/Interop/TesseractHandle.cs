using System.Runtime.InteropServices;

namespace LeadIntel.Core.Ocr.Interop;

/// <summary>A <c>TessBaseAPI*</c>; released with <c>TessBaseAPIEnd</c> then <c>TessBaseAPIDelete</c>.</summary>
internal sealed class TesseractHandle : SafeHandle
{
    public TesseractHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public static TesseractHandle Create()
    {
        var result = new TesseractHandle();
        result.SetHandle(TesseractApi.Create());
        return result;
    }

    protected override bool ReleaseHandle()
    {
        TesseractApi.End(handle);
        TesseractApi.Delete(handle);
        return true;
    }
}
