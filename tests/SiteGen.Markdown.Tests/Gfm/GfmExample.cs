namespace SiteGen.Markdown.Tests.Gfm;

/// <summary>One example of GitHub's Markdown spec: its number (1-based, as the spec's HTML shows it), section, Markdown and expected HTML.</summary>
public sealed record GfmExample(int Number, int Line, string Section, string Extension, string Markdown, string Html)
{
    public override string ToString() => $"example {Number} ({Section}, line {Line})";
}
