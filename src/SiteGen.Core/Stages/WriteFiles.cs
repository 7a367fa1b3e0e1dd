using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Stages;

/// <summary>
/// Writes each document to the build's <see cref="BuildContext.Output"/>: copied files as they are, the rest as
/// UTF-8; documents their stage already wrote (<see cref="DocumentKeys.Written"/>) are left as they are.
/// </summary>
public sealed class WriteFiles : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var output = context.Output ?? throw new InvalidOperationException("WriteFiles needs the build's output folder (BuildContext.Output).");
        Parallel.ForEach(documents.Where(d => !d.Has(DocumentKeys.Written)), document =>
        {
            try
            {
                if (document.Find<string>(DocumentKeys.CopyFrom) is { } source)
                {
                    output.Copy(document.DestinationPath, source);
                }
                else
                {
                    output.Write(document.DestinationPath, document.Content);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.CannotWrite(document, e);
            }
        });
        return documents;
    }
}
