using SiteGen.Core.Navigation;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Navigation;

public sealed class NavigationBuilderTests
{
    private const string CourseA = "docs/aci/100-course-a";
    private const string CourseB = "docs/aci/200-course-b";

    /// <summary>A home page, a catalogue of two courses, course B's index as given, and course A's lessons.</summary>
    private static TestSite Site(string courseBIndex, params (string Path, string Content)[] more) => new(
    [
        ("README.md", "# Home\n\n* [Catalogue](docs/aci/aci.md)\n"),
        ("docs/aci/aci.md", $"# ACI\n\n## [Course A](./100-course-a/index-a.md)\n\n## [Course B](./200-course-b/course-b.md)\n"),
        ($"{CourseA}/index-a.md", "# Course A\n\n* Week 1: [Alpha](./A1.md)\n"),
        ($"{CourseA}/A1.md", "# Alpha\n"),
        ($"{CourseB}/course-b.md", courseBIndex),
        ($"{CourseB}/W01Intro.md", "# Week 1: Intro\n"),
        ($"{CourseB}/W02Django.md", "# Week 2: Django\n"),
        ($"{CourseB}/W03Deploy.md", "# Week 3: Deploy\n"),
        .. more,
    ]);

    private static (SiteNavigation Site, IReadOnlyDictionary<string, PageNavigation> Places, NavigationBuilder Builder) Navigate(TestSite site)
    {
        var builder = new NavigationBuilder(site.PageInfos());
        var navigation = builder.Build();
        return (navigation, builder.Place(navigation), builder);
    }

    private static Course CourseBOf(SiteNavigation site) => Assert.Single(site.Courses, c => c.Key == CourseB);

    private static string[] LessonFiles(Course course) => [.. course.Lessons.Select(l => l.SourcePath!.Split('/')[^1])];

    [Fact]
    public void Finds_the_catalogue_and_its_courses_in_order()
    {
        using var site = Site("# Course B\n\n* Week 1: [Intro](./W01Intro.md)\n");

        var (navigation, _, _) = Navigate(site);

        Assert.Equal("docs/aci/aci.md", navigation.Catalogue?.SourcePath);
        Assert.Equal("README.md", navigation.Home?.SourcePath);
        Assert.Equal([CourseA, CourseB], navigation.Courses.Select(c => c.Key));
        Assert.Equal(["Course A", "Course B"], navigation.Courses.Select(c => c.Title));
    }

    [Fact]
    public void Reads_lessons_from_week_headings_with_links()
    {
        using var site = Site("""
            # Course B

            ## Week 1: [Intro](./W01Intro.md)

            ## Week 2: [Django](./W02Django.md)

            ## Week 3: [Deploy](W03Deploy.md)
            """);

        var course = CourseBOf(Navigate(site).Site);

        Assert.Equal(["W01Intro.md", "W02Django.md", "W03Deploy.md"], LessonFiles(course));
        Assert.Equal(["1", "2", "3"], course.Lessons.Select(l => l.Week));
        Assert.Equal(["Intro", "Django", "Deploy"], course.Lessons.Select(l => l.Title));
        Assert.Empty(course.Sections);
    }

    [Fact]
    public void Reads_lessons_from_a_flat_week_list()
    {
        using var site = Site("""
            # Course B

            * Week 2: [Django](./W02Django.md)
            * Week 1: [Intro](./W01Intro.md)
            * Week 3: [Deploy](./W03Deploy.md)
            """);

        var course = CourseBOf(Navigate(site).Site);

        Assert.Equal(["W02Django.md", "W01Intro.md", "W03Deploy.md"], LessonFiles(course));
        Assert.Equal(["2", "1", "3"], course.Lessons.Select(l => l.Week));
    }

    [Fact]
    public void Reads_lessons_from_a_nested_list()
    {
        using var site = Site("""
            # Course B

            * Week 1
              * [Intro](./W01Intro.md)
              * [Django](./W02Django.md)
            * Week 2
              * [Deploy](./W03Deploy.md)
            """);

        var course = CourseBOf(Navigate(site).Site);

        Assert.Equal(["W01Intro.md", "W02Django.md", "W03Deploy.md"], LessonFiles(course));
    }

    [Fact]
    public void Single_page_course_offers_its_week_headings_as_sections()
    {
        using var site = Site("""
            # Course B

            ## Overview

            ## Week 1: Cloud basics

            Text.

            ## Week 2: Storage

            Text.
            """);

        var course = CourseBOf(Navigate(site).Site);

        Assert.Empty(course.Lessons);
        Assert.Equal(["Week 1: Cloud basics", "Week 2: Storage"], course.Sections.Select(s => s.Title));
        Assert.All(course.Sections, s => Assert.StartsWith($"{CourseB}/course-b.html#", s.Href));
        Assert.Equal(2, course.Sections.Select(s => s.Href).Distinct().Count());
    }

    [Fact]
    public void Groups_pages_no_index_lists_under_their_folder()
    {
        using var site = Site("# Course B\n\n* Week 1: [Intro](./W01Intro.md)\n",
            ($"{CourseB}/labs/lab-1.md", "# Lab 1\n"),
            ($"{CourseB}/labs/lab-2.md", "# Lab 2\n"),
            ($"{CourseB}/capstone/brief.md", "# Capstone\n"));

        var course = CourseBOf(Navigate(site).Site);

        Assert.Equal(["W01Intro.md"], LessonFiles(course));
        Assert.Equal(["capstone", "labs", "More pages"], course.Groups.Select(g => g.Title));
        Assert.Equal(["Lab 1", "Lab 2"], course.Groups[1].Pages.Select(p => p.Title));
        Assert.Equal(["W02Django.md", "W03Deploy.md"], course.Groups[2].Pages.Select(p => p.SourcePath!.Split('/')[^1]));
    }

    [Fact]
    public void Links_previous_and_next_in_index_order()
    {
        using var site = Site("""
            # Course B

            * Week 1: [Intro](./W01Intro.md)
            * Week 3: [Deploy](./W03Deploy.md)
            * Week 2: [Django](./W02Django.md)
            """);

        var places = Navigate(site).Places;

        var middle = places[$"{CourseB}/W03Deploy.md"];
        Assert.Equal($"{CourseB}/W01Intro.md", middle.Previous?.SourcePath);
        Assert.Equal($"{CourseB}/W02Django.md", middle.Next?.SourcePath);
        Assert.Equal($"{CourseB}/course-b.md", places[$"{CourseB}/W01Intro.md"].Previous?.SourcePath);
        Assert.Null(places[$"{CourseB}/W02Django.md"].Next);
        Assert.Null(places[$"{CourseB}/course-b.md"].Previous);
    }

    [Fact]
    public void Breadcrumbs_lead_from_catalogue_through_course_to_lesson()
    {
        using var site = Site("# Course B\n\n* Week 1: [Intro](./W01Intro.md)\n");

        var crumbs = Navigate(site).Places[$"{CourseB}/W01Intro.md"].Breadcrumbs;

        Assert.Equal(["index.html", "docs/aci/aci.html", $"{CourseB}/course-b.html", $"{CourseB}/W01Intro.html"], crumbs.Select(c => c.Href));
        Assert.Equal("Course B", crumbs[2].Title);
    }

    [Fact]
    public void Course_index_breadcrumbs_end_at_the_course()
    {
        using var site = Site("# Course B\n\n* Week 1: [Intro](./W01Intro.md)\n");

        var crumbs = Navigate(site).Places[$"{CourseB}/course-b.md"].Breadcrumbs;

        Assert.Equal(["index.html", "docs/aci/aci.html", $"{CourseB}/course-b.html"], crumbs.Select(c => c.Href));
    }

    [Fact]
    public void Reports_pages_no_chain_of_links_reaches()
    {
        using var site = Site("# Course B\n\n* Week 1: [Intro](./W01Intro.md)\n",
            ($"{CourseB}/labs/lab-1.md", "# Lab 1\n"),
            ($"{CourseB}/W04Extra.md", "# Extra, linked from a lesson\n"),
            ("orphans/stray.md", "# Stray\n"));
        File.AppendAllText(Path.Combine(site.Input, CourseB, "W01Intro.md"), "\nSee [extra](W04Extra.md).\n");

        var (navigation, _, builder) = Navigate(site);

        Assert.Equal(
            [$"{CourseB}/W02Django.md", $"{CourseB}/W03Deploy.md", $"{CourseB}/labs/lab-1.md", "orphans/stray.md"],
            builder.Unreachable(navigation));
        Assert.Contains(navigation.Other, g => g.Folder == "orphans" && g.Pages.Any(i => i.SourcePath == "orphans/stray.md"));
    }

    [Fact]
    public void Catalogue_of_a_single_course_is_found_when_the_home_page_links_to_it()
    {
        // Given the default input's shape: home → catalogue → one course
        using var site = new TestSite(
            ("README.md", "# Home\n\n* [AWS Cloud Institute](docs/aci/aci.md)\n"),
            ("docs/aci/aci.md", "# ACI\n\n* back to [README.md](../../README.md)\n\n## [Course B](./200-course-b/course-b.md)\n"),
            ($"{CourseB}/course-b.md", "# Course B\n\n* Week 1: [Intro](./W01Intro.md)\n"),
            ($"{CourseB}/W01Intro.md", "# Week 1: Intro\n"),
            ($"{CourseB}/labs/lab-1.md", "# Lab 1\n"));

        var (navigation, places, _) = Navigate(site);

        Assert.Equal("docs/aci/aci.md", navigation.Catalogue?.SourcePath);
        Assert.Equal([CourseB], navigation.Courses.Select(c => c.Key));
        Assert.Equal(4, places[$"{CourseB}/W01Intro.md"].Breadcrumbs.Count);
    }

    [Fact]
    public void A_course_index_linking_one_labs_folder_is_not_a_catalogue()
    {
        // Given no page links to two course folders, and home does not link to the course index
        using var site = new TestSite(
            ("README.md", "# Home\n"),
            ($"{CourseB}/course-b.md", "# Course B\n\n* [Lab](./labs/lab-1.md)\n"),
            ($"{CourseB}/labs/lab-1.md", "# Lab 1\n"));

        var (navigation, _, _) = Navigate(site);

        Assert.Null(navigation.Catalogue);
        Assert.Empty(navigation.Courses);
    }

    [Fact]
    public void Pages_outside_every_course_get_breadcrumbs_from_home_through_their_folders_index_pages()
    {
        // Given a cheatsheet in a folder with an index named as the folder, outside the catalogue's courses
        using var site = new TestSite(
            ("README.md", "# Home\n\n* [Cloud](docs/cloud/cloud.md)\n* [AWS Cloud Institute](docs/aci/aci.md)\n"),
            ("docs/aci/aci.md", "# ACI\n\n## [Course B](./200-course-b/course-b.md)\n"),
            ($"{CourseB}/course-b.md", "# Course B\n\n* Week 1: [Intro](./W01Intro.md)\n"),
            ($"{CourseB}/W01Intro.md", "# Week 1: Intro\n"),
            ("docs/cloud/cloud.md", "# Cloud\n\n* [AWS](aws.md)\n"),
            ("docs/cloud/aws.md", "# AWS\n"));

        var (_, places, _) = Navigate(site);

        Assert.Equal(["index.html", "docs/cloud/cloud.html", "docs/cloud/aws.html"], places["docs/cloud/aws.md"].Breadcrumbs.Select(c => c.Href));
        Assert.Equal(["index.html", "docs/cloud/cloud.html"], places["docs/cloud/cloud.md"].Breadcrumbs.Select(c => c.Href));
        Assert.Equal(["index.html"], places["README.md"].Breadcrumbs.Select(c => c.Href));
    }
}
