namespace SiteGen.Core.IO;

/// <summary>What a path names, as <c>lstat</c> tells it: the kinds a walk of the input must tell apart before it opens anything.</summary>
public enum FileKind
{
    /// <summary>Nothing (or it vanished, or could not be asked about).</summary>
    Missing,
    Regular,
    Directory,
    SymbolicLink,

    /// <summary>A FIFO, socket, or character or block device: opening one may block for ever or read without end.</summary>
    Special,
}
