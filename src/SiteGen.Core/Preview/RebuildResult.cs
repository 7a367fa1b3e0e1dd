using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Preview;

/// <summary>
/// What one rebuild of the preview did: whether it succeeded (only then was the output touched), every diagnostic,
/// which pages it processed and laid out again, which site files it wrote or removed, and — when the change was to
/// the theme's stylesheets alone — the stylesheets' new site paths, so open pages can swap them without reloading.
/// </summary>
public sealed record RebuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> ProcessedPages,
    IReadOnlyList<string> RenderedPages,
    IReadOnlyList<string> Written,
    IReadOnlyList<string>? Stylesheets,
    TimeSpan Elapsed,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
