using System.CommandLine;
using System.Globalization;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Building;
using SiteGen.Core.Scaffolding;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen new lesson</c>: a lesson skeleton in the course's conventions, listed in its index.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var course = new Option<string>("--course")
        {
            Description = "The course folder, relative to the input (e.g. docs/aci/170-developer-Intermediate-1).",
            Required = true,
        };
        var title = new Option<string>("--title") { Description = "The lesson's title.", Required = true };
        var week = new Option<string?>("--week") { Description = "The week it belongs to, 1 to 99 (default: the week after the index's last)." };
        var lesson = new Command("lesson", "Create a lesson from the theme's template and add it to the course index.")
        {
            input, course, title, week, theme,
        };
        lesson.SetAction(parse =>
        {
            var shown = parse.GetValue(input)!.TrimEnd('/');
            int? weekNumber = null;
            if (parse.GetValue(week) is { } weekText)
            {
                if (!int.TryParse(weekText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    Reporter.Diagnostics([new Diagnostic(shown, 0, 0, DiagnosticSeverity.Error, DiagnosticCodes.LessonWeekInvalid,
                        $"--week '{weekText}' is not a week number", $"pass --week with a number from {LessonScaffolder.MinWeek} to {LessonScaffolder.MaxWeek}")]);
                    return 1;
                }

                weekNumber = parsed;
            }

            var inputDirectory = Path.GetFullPath(parse.GetValue(input)!);
            var request = new NewLessonRequest(
                inputDirectory,
                parse.GetValue(course)!,
                parse.GetValue(title)!,
                weekNumber,
                Path.GetFullPath(parse.GetValue(theme) ?? SiteBuilder.DefaultTheme));
            var result = LessonScaffolder.Create(request);
            Reporter.Diagnostics([.. result.Diagnostics.Select(d => d with { Path = $"{shown}/{d.Path}" })]);
            if (!result.Succeeded)
            {
                return 1;
            }

            Console.Out.WriteLine($"created {shown}/{result.LessonPath}");
            Console.Out.WriteLine($"listed it in {shown}/{result.IndexPath}({result.IndexLine})");
            return 0;
        });
        return new Command("new", "Create new content from the theme's templates.") { lesson };
    }
}
