using System.Collections.Immutable;
using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.IO;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Stages;

/// <summary>Writes each document to its destination under the staging folder: copied files as they are, the rest as UTF-8.</summary>
public sealed class WriteFiles(string stagingDirectory) : IStage
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        foreach (var folder in documents.Select(d => Path.GetDirectoryName(Target(d))!).Distinct())
        {
            Directory.CreateDirectory(folder);
        }

        Parallel.ForEach(documents, document =>
        {
            try
            {
                if (document.Find<string>(DocumentKeys.CopyFrom) is { } source)
                {
                    FileLinker.LinkOrCopy(source, Target(document));
                }
                else
                {
                    File.WriteAllText(Target(document), document.Content, Utf8);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error(document.SourcePath, 0, 0, DiagnosticCodes.OutputWriteFailed, $"cannot write '{document.DestinationPath}': {e.Message}");
            }
        });
        return documents;
    }

    private string Target(Document document) => Path.Combine(stagingDirectory, document.DestinationPath);
}
