using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Gfm;

/// <summary>
/// Pipe tables as GitHub renders them, on top of Markdig's: <c>\|</c> inside a code span of a cell is a pipe (the
/// escape only keeps the cell whole), and a column's alignment is the cell's <c>align</c> attribute rather than an
/// inline style. A code span keeps an unescaped pipe in its cell, as Jekyll's kramdown did when the notes were
/// published; GitHub would split the cell there.
/// </summary>
public sealed class GitHubTablesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Adjust;
        pipeline.DocumentProcessed += Adjust;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Adjust(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            foreach (var code in table.Descendants<CodeInline>())
            {
                if (code.Content.Contains("\\|", StringComparison.Ordinal))
                {
                    code.Content = code.Content.Replace("\\|", "|", StringComparison.Ordinal);
                }
            }

            AlignCells(table);
        }
    }

    private static void AlignCells(Table table)
    {
        var columns = table.ColumnDefinitions;
        if (columns.All(c => c.Alignment is null))
        {
            return;
        }

        foreach (var row in table.OfType<TableRow>())
        {
            for (var i = 0; i < row.Count; i++)
            {
                var cell = (TableCell)row[i];
                var index = Math.Min(cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : i, columns.Count - 1);
                if (columns[index].Alignment is { } alignment)
                {
                    cell.GetAttributes().AddPropertyIfNotExist("align", alignment switch
                    {
                        TableColumnAlign.Center => "center",
                        TableColumnAlign.Right => "right",
                        _ => "left",
                    });
                }
            }
        }

        foreach (var column in columns)
        {
            column.Alignment = null;
        }
    }
}
