namespace SiteGen.Core.Diagnostics;

/// <summary>
/// Every diagnostic code SiteGen reports, in one place. Codes are stable: tests and CI filters rely on them.
/// SG00xx run and options, SG01xx text, SG02xx links, SG03xx quizzes (see SiteGen.Markdown.Quiz.QuizDiagnosticCodes),
/// SG04xx Markdown and HTML, SG05xx navigation, SG06xx theme, SG07xx scaffolding.
/// </summary>
public static class DiagnosticCodes
{
    public const string InputMissing = "SG0001";
    public const string OutputRefused = "SG0002";
    public const string OutputWriteFailed = "SG0003";
    public const string FileUnreadable = "SG0004";
    public const string InputEntrySkipped = "SG0005";
    public const string OutputLocked = "SG0006";
    public const string PageFailed = "SG0007";
    public const string OptionInvalid = "SG0008";

    public const string DamagedEncoding = "SG0101";
    public const string InvalidUtf8 = "SG0102";

    public const string BrokenLink = "SG0201";
    public const string LinkCaseMismatch = "SG0202";
    public const string LinkTrailingSpace = "SG0203";
    public const string LinkLeavesInput = "SG0204";
    public const string EmptyLink = "SG0205";
    public const string MissingAnchor = "SG0206";
    public const string MalformedUrl = "SG0207";
    public const string AbsoluteSelfLink = "SG0208";
    public const string UnsafeUrl = "SG0209";

    public const string HtmlShownAsText = "SG0401";
    public const string UnclosedFence = "SG0402";
    public const string HtmlRemoved = "SG0403";

    public const string Unreachable = "SG0501";

    public const string TemplateError = "SG0601";
    public const string ThemeMissing = "SG0602";

    public const string CourseMissing = "SG0701";
    public const string CourseIndexMissing = "SG0702";
    public const string LessonExists = "SG0703";
    public const string LessonTitleInvalid = "SG0704";
    public const string LessonWeekInvalid = "SG0705";
    public const string CourseOutsideInput = "SG0706";
}
