namespace SiteGen.Markdown.Quiz;

/// <summary>One answer option: its plain text, its inline HTML (raw HTML escaped) and whether it is correct.</summary>
public sealed record QuizOption(string Text, string Html, bool Correct);
