namespace Marketplace.Architecture.Tests;

/// <summary>
/// Usings in the order <c>.editorconfig</c> asks (<c>dotnet_sort_system_directives_first</c>):
/// System's first, then the rest, each by name. No analyzer fails the build on their order, and CI
/// checks only whitespace with <c>dotnet format</c> (the build enforces the other style rules), so
/// this test does. Static and alias usings follow the namespaces and are left as they are.
/// </summary>
public sealed class UsingOrderTests
{
    [Fact]
    public void EveryFilesUsings_AreSystemFirst_ThenByName()
    {
        var unsorted = Sources()
            .Select(path => (path, usings: Usings(path)))
            .Where(f => !f.usings.SequenceEqual(f.usings.Order(Comparer<string>.Create(Compare))))
            .Select(f => Path.GetRelativePath(LineLengthTests.Root, f.path))
            .ToList();

        Assert.True(unsorted.Count == 0, $"{unsorted.Count} files have their usings out of order:\n{string.Join('\n', unsorted.Take(50))}");
    }

    [Fact]
    public void TheOrder_IsSystemFirst_ThenByNameSegmentBySegment()
    {
        string[] sorted =
        [
            "System", "System.Text", "System.Text.Json", "Marketplace.SharedKernel", "Marketplace.SharedKernel.Carriers", "Mediator",
            "Microsoft.Extensions.Logging",
        ];
        Assert.Equal(sorted, sorted.Reverse().Order(Comparer<string>.Create(Compare)));
        Assert.Contains(Sources(), p => p.EndsWith("UsingOrderTests.cs", StringComparison.Ordinal));
    }

    /// <summary>The namespace usings at the top of a file, in the order written.</summary>
    private static List<string> Usings(string path) =>
        [.. File.ReadLines(path)
            .TakeWhile(l => !l.StartsWith("namespace ", StringComparison.Ordinal) && !l.StartsWith('['))
            .Where(l => l.StartsWith("using ", StringComparison.Ordinal) && l.EndsWith(';') && !l.StartsWith("using static ", StringComparison.Ordinal)
                && !l.Contains('=', StringComparison.Ordinal))
            .Select(l => l["using ".Length..^1].Trim())];

    private static int Compare(string one, string other)
    {
        var system = IsSystem(other).CompareTo(IsSystem(one));
        if (system != 0)
        {
            return system;
        }

        var a = one.Split('.');
        var b = other.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var segment = string.Compare(a[i], b[i], StringComparison.OrdinalIgnoreCase);
            if (segment != 0)
            {
                return segment;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);

    private static IEnumerable<string> Sources() =>
        new[] { "src", "tests" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(LineLengthTests.Root, dir), "*.cs", SearchOption.AllDirectories))
            .Where(p => !Path.GetRelativePath(LineLengthTests.Root, p).Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj" or "Migrations"));
}
