namespace SiteGen.Core.Tests.TestSupport;

/// <summary>A fact that needs symbolic links any user may make (Linux, macOS); skipped elsewhere.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "symbolic links need privileges on Windows";
        }
    }
}
