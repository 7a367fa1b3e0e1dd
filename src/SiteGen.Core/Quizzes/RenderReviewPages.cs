using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Navigation;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Stages;
using SiteGen.Core.Templating;

namespace SiteGen.Core.Quizzes;

/// <summary>
/// Adds <c>&lt;course&gt;/review.html</c> from the theme's <c>review</c> layout: every question of the course in one
/// place. A course whose notes already build a page of that name keeps its own.
/// </summary>
public sealed class RenderReviewPages(string pagesPipeline) : IStage
{
    public const string Layout = "review";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var pages = context.Outputs[pagesPipeline];
        if (pages.IsEmpty || pages[0].Find<QuizCatalogue>(IndexQuizzes.CatalogueKey) is not { } catalogue
            || context.Theme.Resolve($"layouts/{Layout}.sbn") is null)
        {
            return documents;
        }

        var site = pages[0].Get<SiteNavigation>(BuildNavigation.SiteKey);
        var renderer = new LayoutRenderer(context.Theme, Models.Site(context.Options), site);
        var added = new List<Document>();
        var taken = pages.Select(p => p.DestinationPath).ToHashSet(StringComparer.Ordinal);
        foreach (var course in catalogue.Courses.Where(c => !taken.Contains(c.ReviewPath)))
        {
            var index = site.Courses.First(c => c.Key == course.Key).Index;
            var crumbs = new[] { site.Catalogue, index with { Title = course.Title } }.OfType<NavItem>().ToList();
            var model = new PageModel(Title: $"Review questions: {course.Title}", Href: course.ReviewHref,
                Root: PagePaths.RootPrefix(course.ReviewPath), Content: "", Toc: [], Breadcrumbs: crumbs, Previous: null,
                Next: null, CourseKey: course.Key, CourseTitle: course.Title, SourcePath: null, Folder: course.Folder,
                EditUrl: null, SourceUrl: null, IsHome: false);
            var page = renderer.Render(Document.Create(course.ReviewPath, course.ReviewPath), Layout, model, context, globals =>
            {
                globals["review"] = course;
                globals["quiz_catalogue"] = catalogue;
                QuizTemplateFunctions.Import(globals);
            });
            if (page is not null)
            {
                added.Add(page);
            }
        }

        return [.. documents, .. added];
    }
}
