using SiteGen.Browser.Tests.Infrastructure;

namespace SiteGen.Browser.Tests.Search;

/// <summary>tests/fixtures/search built once: two courses whose results for "orchard" interleave.</summary>
public sealed class CoursesSite() : SiteFixture("search");
