using System.Text.Json.Serialization;
using SiteGen.Core.Navigation;
using SiteGen.Core.Templating;

namespace SiteGen.Core.Preview;

/// <summary>
/// Serialisation code, generated at compile time, for the fingerprints <see cref="ApplyLayoutIncrementally"/> keeps
/// of the site's navigation and each page's model: no reflection, so it works in a native (AOT) build too.
/// </summary>
[JsonSerializable(typeof(SiteNavigation))]
[JsonSerializable(typeof(PageModel))]
internal sealed partial class PreviewJsonContext : JsonSerializerContext;
