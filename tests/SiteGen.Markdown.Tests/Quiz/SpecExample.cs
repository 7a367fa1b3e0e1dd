namespace SiteGen.Markdown.Tests.Quiz;

/// <summary>One CommonMark-style example of a spec file: Markdown in, expected text out.</summary>
public sealed record SpecExample(string Name, int Line, string Markdown, string Expected)
{
    public override string ToString() => Name;
}
