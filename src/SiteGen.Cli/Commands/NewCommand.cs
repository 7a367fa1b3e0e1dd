using System.CommandLine;
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
        var week = new Option<int?>("--week") { Description = "The week it belongs to (default: the week after the index's last)." };
        var lesson = new Command("lesson", "Create a lesson from the theme's template and add it to the course index.")
        {
            input, course, title, week, theme,
        };
        lesson.SetAction(parse =>
        {
            var inputDirectory = Path.GetFullPath(parse.GetValue(input)!);
            var request = new NewLessonRequest(
                inputDirectory,
                parse.GetValue(course)!,
                parse.GetValue(title)!,
                parse.GetValue(week),
                Path.GetFullPath(parse.GetValue(theme) ?? SiteBuilder.DefaultTheme));
            var result = LessonScaffolder.Create(request);
            var shown = parse.GetValue(input)!.TrimEnd('/');
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
