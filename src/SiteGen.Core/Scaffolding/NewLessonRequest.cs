namespace SiteGen.Core.Scaffolding;

/// <summary>What <c>sitegen new lesson</c> is asked for. <see cref="CourseFolder"/> is relative to the input.</summary>
public sealed record NewLessonRequest(string InputDirectory, string CourseFolder, string Title, int? Week, string ThemeDirectory);
