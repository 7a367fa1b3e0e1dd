namespace SiteGen.Core.Tests.TestSupport;

/// <summary>A fact that needs symbolic links and FIFOs (Linux, macOS); reported as skipped elsewhere.</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!UnixFiles.Supported)
        {
            Skip = "needs symbolic links and FIFOs as Linux and macOS make them";
        }
    }
}
