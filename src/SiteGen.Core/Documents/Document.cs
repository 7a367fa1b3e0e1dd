using System.Collections.Immutable;

namespace SiteGen.Core.Documents;

/// <summary>
/// An immutable unit of work flowing through the pipelines: where it came from, where it goes, what it holds.
/// Stages never change a document; they return a new one.
/// </summary>
public sealed record Document(
    string SourcePath,
    string DestinationPath,
    string Content,
    ImmutableDictionary<string, object> Metadata)
{
    public static Document Create(string sourcePath, string destinationPath, string content = "") =>
        new(sourcePath, destinationPath, content, ImmutableDictionary<string, object>.Empty);

    public T Get<T>(string key) where T : notnull =>
        Metadata.TryGetValue(key, out var value) ? (T)value : throw new KeyNotFoundException(
            $"Document '{SourcePath}' has no metadata '{key}'.");

    public T? Find<T>(string key) where T : class =>
        Metadata.TryGetValue(key, out var value) ? value as T : null;

    public bool Has(string key) => Metadata.ContainsKey(key);

    public Document With(string key, object value) => this with { Metadata = Metadata.SetItem(key, value) };

    public Document WithContent(string content) => this with { Content = content };
}
