using Markdig;
using SiteGen.Markdown.Quiz;
using Xunit.Abstractions;

namespace SiteGen.Markdown.Tests.Quiz;

/// <summary>
/// Recognition over the real notes (read-only, beside the repository). Counts and locations come from
/// /work/shared/QUIZ-FORMAT.md. Without the notes these tests return early and say so.
/// </summary>
public sealed class NotesCorpusTests(ITestOutputHelper output)
{
    private const string Aci = "docs/aci/";

    [Fact]
    public void Recognises_every_question_of_the_notes_by_dialect()
    {
        if (Root() is not { } root)
        {
            return;
        }

        var pages = NotesCorpus.Pages(root).Select(p => NotesPage.Load(root, NotesCorpus.Key(root, p))).ToList();
        int Count(QuizKind kind, string under = "docs/") =>
            pages.Where(p => p.Key.StartsWith(under, StringComparison.Ordinal)).Sum(p => p.Questions.Count(q => q.Kind == kind));

        Assert.Equal(769, Count(QuizKind.Choice));
        Assert.Equal(65, pages.Count(p => p.Questions.Any(q => q.Kind == QuizKind.Choice)));
        Assert.Equal(50, Count(QuizKind.Bullet));

        // QUIZ-FORMAT.md counts 313 answer-key questions in 10 files: exactly those under docs/aci. Three more, in
        // docs/cert-exam-preparation (an "Assessment" whose list holds only the correct answers), are recognised too.
        Assert.Equal(313, Count(QuizKind.AnswerKey, Aci));
        Assert.Equal(10, pages.Count(p => p.Key.StartsWith(Aci, StringComparison.Ordinal) && p.Questions.Any(q => q.Kind == QuizKind.AnswerKey)));
        Assert.Equal(316, Count(QuizKind.AnswerKey));
    }

    [Fact]
    public void Glued_markers_leave_the_paragraph_above_as_explanation()
    {
        if (Root() is not { } root)
        {
            return;
        }

        var page = NotesPage.Load(root, Aci + "140-aws-cloud-fundamentals-1/aws-cloud-fundamentals-1.md");

        foreach (var marker in new[] { 2944, 2953, 2962, 3213 })
        {
            var question = page.Questions.Where(q => q.Line < marker).MaxBy(q => q.Line)!;
            Assert.Equal(QuizKind.Choice, question.Kind);
            Assert.NotEmpty(question.ExplanationHtml);
            Assert.DoesNotContain("Wrong answers", question.ExplanationHtml, StringComparison.Ordinal);
            Assert.Contains(question.Options, o => !o.Correct);
        }
    }

    [Fact]
    public void Second_marker_under_one_question_is_explanation_with_a_warning()
    {
        if (Root() is not { } root)
        {
            return;
        }

        var page = NotesPage.Load(root, Aci + "165-developer-fundamentals-2/W10RegularExpressions.md");

        Assert.Contains(page.Diagnostics, d => d.Code == QuizDiagnosticCodes.SecondMarker && d.Line == 603);
        var question = page.Questions.Where(q => q.Line < 603).MaxBy(q => q.Line)!;
        Assert.True(question.MultiSelect);
        Assert.Equal(3, question.Options.Count(o => !o.Correct));
        Assert.Contains("Glacier", question.ExplanationHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Stem_code_and_code_block_options_are_kept_apart()
    {
        if (Root() is not { } root)
        {
            return;
        }

        var page = NotesPage.Load(root, Aci + "165-developer-fundamentals-2/W08TechnicalInterviews.md");

        var output = page.At(141);
        Assert.Contains("<pre><code>", output.StemBodyHtml, StringComparison.Ordinal);
        Assert.Equal("[&quot;A&quot;]", Assert.Single(output.Options, o => o.Correct).Html);
        var node = page.At(167);
        Assert.All(node.Options, o => Assert.StartsWith("<pre><code>", o.Html, StringComparison.Ordinal));
        Assert.Equal(1, node.CorrectCount);
        Assert.Empty(node.StemBodyHtml);
    }

    [Fact]
    public void Explanation_bullets_after_a_blank_line_are_not_wrong_options()
    {
        if (Root() is not { } root)
        {
            return;
        }

        var page = NotesPage.Load(root, Aci + "180-aws-cloud-operations-1/W03SecurityMonitoringAndCompliancePart1.md");

        foreach (var line in new[] { 246, 370, 384 })
        {
            var question = page.At(line);
            Assert.InRange(question.Options.Count(o => !o.Correct), 1, 4);
            Assert.Contains("<li>", question.ExplanationHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Raw_html_that_is_the_subject_of_a_question_stays_text()
    {
        if (Root() is not { } root)
        {
            return;
        }

        var image = NotesPage.Load(root, Aci + "170-developer-Intermediate-1/W010WebTechnologiesAndHTMLOverview.md").At(151);
        var span = NotesPage.Load(root, Aci + "170-developer-Intermediate-1/W020OrganizingAndStylingHTMLPages.md").At(10);

        Assert.Equal("&lt;img&gt;", Assert.Single(image.Options, o => o.Correct).Html);
        Assert.All(image.Options, o => Assert.DoesNotContain("<", o.Html, StringComparison.Ordinal));
        Assert.Contains("&lt;span&gt;", span.StemHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_option_parsed_as_empty_heading_reads_as_hash()
    {
        if (Root() is not { } root)
        {
            return;
        }

        var question = NotesPage.Load(root, Aci + "180-aws-cloud-operations-1/W08ScriptingPart2.md").At(278);

        Assert.Equal(["$", "@", "#", "%"], question.Options.Select(o => o.Text));
    }

    [Fact]
    public void Answer_key_forms_read_their_answer()
    {
        if (Root() is not { } root)
        {
            return;
        }

        var security = NotesPage.Load(root, Aci + "120-aws-cloud-foundations/w08security1.md");
        var architecting = NotesPage.Load(root, Aci + "120-aws-cloud-foundations/w03architectingonaws1.md");

        var overridden = security.At(2037);
        Assert.Equal("AWS, customers, and AWS Marketplace sellers", Assert.Single(overridden.Options, o => o.Correct).Text);
        var inHeading = architecting.At(807);
        Assert.Equal("What is true about fault isolation?", inHeading.StemText);
        Assert.Equal("Fault isolation focuses on preventing the propagation of a failure", Assert.Single(inHeading.Options).Text);
    }

    [Fact]
    public void Bullet_sections_of_course_100_hold_25_questions_each()
    {
        if (Root() is not { } root)
        {
            return;
        }

        var part1 = NotesPage.Load(root, Aci + "100-aws-business-foundations/w10projectmanagementp1.md");
        var part2 = NotesPage.Load(root, Aci + "100-aws-business-foundations/w11projectmanagementp2.md");

        Assert.Equal(25, part1.Questions.Count(q => q.Kind == QuizKind.Bullet));
        Assert.Equal(25, part2.Questions.Count(q => q.Kind == QuizKind.Bullet));
        Assert.All(part2.Questions.Where(q => q.Kind == QuizKind.Bullet), q => Assert.EndsWith("?", q.StemText, StringComparison.Ordinal));
    }

    [Fact]
    public void Faq_headings_and_unanswered_questions_stay_content()
    {
        if (Root() is not { } root)
        {
            return;
        }

        var storage = NotesPage.Load(root, Aci + "120-aws-cloud-foundations/w09storage1.md");
        var eventDriven = NotesPage.Load(root, Aci + "150-aws-cloud-fundamentals-2/W100ArchitectingOnAws2Part1EventDrivenApps.md");
        var pets = NotesPage.Load(root, Aci + "172-developer-intermediate-2/W020BuildingPetsMicroservices.md");

        Assert.DoesNotContain(storage.Questions, q => q.Line == 1322);
        Assert.DoesNotContain(eventDriven.Questions, q => q.Line == 80);
        Assert.Contains(eventDriven.Diagnostics, d => d.Code == QuizDiagnosticCodes.NoRecognisableAnswer && d.Line == 80);
        Assert.DoesNotContain(pets.Questions, q => q.Line == 410);
    }

    [Fact]
    public void Ids_are_unique_on_every_page()
    {
        if (Root() is not { } root)
        {
            return;
        }

        foreach (var path in NotesCorpus.Pages(root))
        {
            var page = NotesPage.Load(root, NotesCorpus.Key(root, path));
            Assert.Equal(page.Questions.Count, page.Questions.Select(q => q.Id).Distinct().Count());
        }
    }

    [Fact]
    public void Every_page_renders_with_the_advanced_extensions()
    {
        if (Root() is not { } root)
        {
            return;
        }

        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseQuizzes().Build();
        foreach (var path in NotesCorpus.Pages(root))
        {
            var html = Markdig.Markdown.ToHtml(File.ReadAllText(path), pipeline);
            Assert.DoesNotContain("Wrong answers:</p>", html, StringComparison.Ordinal);
        }
    }

    private string? Root()
    {
        if (NotesCorpus.Root is null)
        {
            output.WriteLine("Skipped: no shared/notes beside the repository (expected at <repo-root>/../shared/notes).");
        }

        return NotesCorpus.Root;
    }
}
