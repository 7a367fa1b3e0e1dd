using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.Templating;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Templating;

/// <summary>Renders share a context per thread; nothing of one render may reach the next.</summary>
public sealed class TemplateContextsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static PageModel Page(string title) => new(Title: title, Href: "a.html", Root: "", Content: "", Toc: [], Breadcrumbs: [],
        Previous: null, Next: null, CourseKey: null, CourseTitle: null, SourcePath: null, Folder: "", EditUrl: null, SourceUrl: null, IsHome: false);

    [Fact]
    public void A_variable_a_template_sets_is_gone_in_the_next_render_and_a_failed_render_leaves_no_trace()
    {
        // Given a layout that notices a variable left from before, and one that fails inside an include
        _folder.Write("theme/layouts/page.sbn", "{{ if seen }}LEAK {{ end }}{{ seen = true }}{{ page.title }}");
        _folder.Write("theme/layouts/broken.sbn", "{{ seen = true }}{{ capture x }}{{ include 'partials/missing.sbn' }}{{ end }}");
        Directory.CreateDirectory(_folder.Combine("input"));
        var diagnostics = new DiagnosticBag();
        var context = SiteBuilder.CreateContext(new SiteOptions
        {
            InputDirectory = _folder.Combine("input"),
            OutputDirectory = _folder.Combine("_site"),
            ThemeDirectory = _folder.Combine("theme"),
        }.Resolve(_folder.Path), diagnostics);
        var renderer = new LayoutRenderer(context.Theme, Models.Site(context.Options), null);
        string? Render(string layout, string title) =>
            renderer.Render(Document.Create("a.md", "a.html"), layout, Page(title), context)?.Content;

        // When
        var first = Render("page", "One");
        var failed = Render("broken", "Two");
        var second = Render("page", "Three");
        var third = Render("page", "Four");

        // Then
        Assert.Equal(("One", null, "Three", "Four"), (first, failed, second, third));
        Assert.Equal(DiagnosticCodes.TemplateError, Assert.Single(diagnostics.Sorted()).Code);
    }
}
