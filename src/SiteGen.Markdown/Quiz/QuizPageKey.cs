using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>
/// The page key that seeds question ids. Callers pass it as
/// <c>new MarkdownParserContext { Properties = { [QuizPageKey.PropertyName] = "docs/aci/x/W06.md" } }</c>.
/// </summary>
/// <remarks>
/// Markdig's <c>DocumentProcessed</c> only receives the document, not the parser context, so the key is copied onto
/// the document when the first heading or paragraph closes (<see cref="BlockParser.Closed"/> sees the
/// <see cref="BlockProcessor.Context"/>).
/// </remarks>
public static class QuizPageKey
{
    public const string PropertyName = "sitegen.pageKey";

    private static readonly object DataKey = typeof(QuizPageKey);

    /// <summary>The page key stored on <paramref name="document"/>, or "" when the parse had none.</summary>
    public static string Get(MarkdownDocument document) => document.GetData(DataKey) as string ?? "";

    internal static void Capture(BlockProcessor processor, Block block)
    {
        if (processor.Document.GetData(DataKey) is not null)
        {
            return;
        }

        if (processor.Context is { } context
            && context.Properties.TryGetValue(PropertyName, out var value)
            && value is string key)
        {
            processor.Document.SetData(DataKey, key);
        }
    }

    /// <summary>A parser context carrying <paramref name="pageKey"/>: <c>Markdown.Parse(text, pipeline, QuizPageKey.NewContext(key))</c>.</summary>
    public static MarkdownParserContext NewContext(string pageKey) =>
        new() { Properties = { [PropertyName] = pageKey } };
}
