using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Building;

/// <summary>What a build did: how many pages and files it wrote, what it found, how long it took.</summary>
public sealed record BuildResult(
    bool Succeeded,
    int Pages,
    int Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    TimeSpan Elapsed,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
