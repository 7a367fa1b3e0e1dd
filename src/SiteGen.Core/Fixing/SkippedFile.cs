namespace SiteGen.Core.Fixing;

/// <summary>A file <see cref="SourceFixer"/> left as it was although it had repairs, and why.</summary>
public sealed record SkippedFile(string Path, string Reason)
{
    /// <summary><c>path: not fixed: reason</c>, one line, for the check's output.</summary>
    public override string ToString() => $"{Path}: not fixed: {Reason}";
}
