using System.Runtime.InteropServices;

namespace LeadIntel.Core.Ocr.Interop;

/// <summary>A Leptonica <c>PIX*</c>, destroyed with <c>pixDestroy</c>.</summary>
internal sealed class PixHandle : SafeHandle
{
    public PixHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public PixHandle(IntPtr pix)
        : base(IntPtr.Zero, ownsHandle: true) => SetHandle(pix);

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        LeptonicaApi.Destroy(ref pix);
        return true;
    }
}
