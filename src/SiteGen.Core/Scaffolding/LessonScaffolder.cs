using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.IO;
using SiteGen.Core.Pages;

namespace SiteGen.Core.Scaffolding;

/// <summary>
/// Creates a lesson from the theme's <c>scaffold/lesson.md</c>, named in its course's style, and lists it in the
/// course index in that index's own shape. Never overwrites a file.
/// </summary>
public static partial class LessonScaffolder
{
    public static NewLessonResult Create(NewLessonRequest request)
    {
        var course = request.CourseFolder.Replace('\\', '/').Trim('/');
        if (TitleProblem(request.Title) is { } problem)
        {
            return Failed(course, DiagnosticCodes.LessonTitleInvalid, problem, "pass --title with a one-line title that has letters, such as \"Deploying Django\"");
        }

        if (request.Week is < MinWeek or > MaxWeek)
        {
            return Failed(course, DiagnosticCodes.LessonWeekInvalid, $"--week {request.Week} is not a week from {MinWeek} to {MaxWeek}", "pass --week with the week's number, such as 7");
        }

        if (Path.IsPathRooted(request.CourseFolder) || request.CourseFolder.StartsWith('~'))
        {
            return Failed(course, DiagnosticCodes.CourseOutsideInput, "--course must be a folder inside the input, given relative to it", "pass --course such as docs/aci/170-developer-Intermediate-1");
        }

        var folder = Path.Combine(request.InputDirectory, course);
        if (!Directory.Exists(folder))
        {
            return Failed(course, DiagnosticCodes.CourseMissing, "course folder does not exist", "pass --course with a folder of the input, such as docs/aci/170-developer-Intermediate-1");
        }

        // Real paths: a ".." or a symbolic link on the way must not lead the new files out of the input.
        var input = RealPath.Of(request.InputDirectory);
        folder = RealPath.Of(folder);
        if (folder != input && !folder.StartsWith(input + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return Failed(course, DiagnosticCodes.CourseOutsideInput, "--course leads out of the input folder; nothing was written", "pass --course with a folder inside the input");
        }

        var names = Directory.EnumerateFiles(folder, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var index = FindIndex(folder, names);
        if (index is null)
        {
            return Failed(course, DiagnosticCodes.CourseIndexMissing, "no course index page found (a page linking to the course's lessons)");
        }

        var indexPath = Path.Combine(folder, index);
        var indexText = File.ReadAllText(indexPath);
        var week = request.Week ?? NextWeek(indexText);
        if (week > MaxWeek)
        {
            return Failed($"{course}/{index}", DiagnosticCodes.LessonWeekInvalid, $"the next week would be {week}, past {MaxWeek}", "pass --week with the lesson's week");
        }

        var fileName = LessonFileName.For(LessonFileName.Detect(names.Where(n => n != index)), week, request.Title.Trim());
        var lessonPath = Path.Combine(folder, fileName);
        if (File.Exists(lessonPath) || Directory.Exists(lessonPath) || new FileInfo(lessonPath).LinkTarget is not null)
        {
            return Failed($"{course}/{fileName}", DiagnosticCodes.LessonExists, "a lesson with this file name exists; nothing was written", "choose another --title or --week");
        }

        var lesson = Render(request, course);
        var (updatedIndex, line) = CourseIndexEditor.AddLesson(indexText, week, request.Title.Trim(), fileName);
        AtomicFile.WriteAllText(lessonPath, lesson, overwrite: false);
        AtomicFile.WriteAllText(indexPath, updatedIndex);
        return new NewLessonResult($"{course}/{fileName}", $"{course}/{index}", line, []);
    }

    public const int MinWeek = 1;

    public const int MaxWeek = 99;

    /// <summary>Why the title cannot be used, or null: empty, several lines, control characters, or nothing to name a file by.</summary>
    private static string? TitleProblem(string title) => title switch
    {
        _ when string.IsNullOrWhiteSpace(title) => "the title is empty",
        _ when title.Any(c => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085') => "the title has more than one line",
        _ when title.Any(char.IsControl) => "the title has control characters",
        _ when !LessonFileName.CanName(title) => "the title has no letter or digit to name the file by",
        _ => null,
    };

    private static string Render(NewLessonRequest request, string course)
    {
        var templatePath = Path.Combine(request.ThemeDirectory, "scaffold", "lesson.md");
        var template = Template.Parse(File.ReadAllText(templatePath), templatePath);
        var catalogue = FindCatalogue(request.InputDirectory, course);
        var home = File.Exists(Path.Combine(request.InputDirectory, "README.md")) ? "README.md" : null;
        var lessonPath = $"{course}/lesson.md";
        var model = new ScriptObject
        {
            ["title"] = request.Title.Trim(),
            ["catalogue_name"] = catalogue is null ? null : Path.GetFileName(catalogue),
            ["catalogue_link"] = catalogue is null ? null : PagePaths.RelativeUrl(lessonPath, catalogue),
            ["home_link"] = home is null ? null : PagePaths.RelativeUrl(lessonPath, home),
        };
        var context = new TemplateContext();
        context.PushGlobal(model);
        return template.Render(context);
    }

    /// <summary>The course's page that links to most of the other pages beside it.</summary>
    private static string? FindIndex(string folder, IReadOnlyList<string> names)
    {
        var folderName = Path.GetFileName(folder);
        return names
            .Select(name => (name, links: LinkTargets(File.ReadAllText(Path.Combine(folder, name))).Count(t => t != name && names.Contains(t))))
            .Where(c => c.links > 0 || folderName.EndsWith(Path.GetFileNameWithoutExtension(c.name), StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(c => c.links)
            .Select(c => c.name)
            .FirstOrDefault();
    }

    /// <summary>The page in the course's parent folder that links to the course (the catalogue).</summary>
    private static string? FindCatalogue(string input, string course)
    {
        var parent = PagePaths.Folder(course);
        var folder = Path.Combine(input, parent);
        var courseName = course.Split('/')[^1];
        return Directory.EnumerateFiles(folder, "*.md")
            .Order(StringComparer.Ordinal)
            .Where(f => File.ReadAllText(f).Contains(courseName + "/", StringComparison.Ordinal))
            .Select(f => parent.Length == 0 ? Path.GetFileName(f) : $"{parent}/{Path.GetFileName(f)}")
            .FirstOrDefault();
    }

    private static int NextWeek(string index) =>
        WeekPattern().Matches(index).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1;

    private static IEnumerable<string> LinkTargets(string markdown) =>
        LinkPattern().Matches(markdown).Select(m => Uri.UnescapeDataString(m.Groups[1].Value));

    private static NewLessonResult Failed(string path, string code, string message, string? hint = null) =>
        new(null, null, 0, [new Diagnostic(path, 0, 0, DiagnosticSeverity.Error, code, message, hint)]);

    [GeneratedRegex(@"\bWeek\s+(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex WeekPattern();

    [GeneratedRegex(@"\]\((?:\./)?([^/)\s#]+\.md)(?:#[^)]*)?\)")]
    private static partial Regex LinkPattern();
}
