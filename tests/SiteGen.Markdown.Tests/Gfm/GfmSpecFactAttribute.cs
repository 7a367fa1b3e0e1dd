namespace SiteGen.Markdown.Tests.Gfm;

/// <summary>A fact that reports as skipped, not passed, when GitHub's spec is not beside the repository.</summary>
public sealed class GfmSpecFactAttribute : FactAttribute
{
    public GfmSpecFactAttribute()
    {
        if (GfmSpec.Path is null)
        {
            Skip = "no shared/gfm/spec.txt beside the repository (expected at <repo-root>/../shared/gfm/spec.txt)";
        }
    }
}
