namespace Marketplace.Architecture.Tests;

/// <summary>
/// Lines short enough to read without scrolling in a side-by-side diff: the length is set once, in
/// <c>.editorconfig</c> (<c>max_line_length</c>), and no analyzer enforces it, so this test does.
/// Migrations and their snapshots are written by EF, not by us, and are left as EF writes them.
/// </summary>
public sealed class LineLengthTests
{
    internal static readonly string Root = FindRoot();

    [Fact]
    public void EveryLineWeWrite_FitsTheLengthInEditorconfig()
    {
        var limit = MaxLineLength();
        var tooLong = Sources()
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, number: i + 1, line.Length)))
            .Where(l => l.Length > limit)
            .Select(l => $"{Path.GetRelativePath(Root, l.path)}:{l.number} ({l.Length})")
            .ToList();

        Assert.True(tooLong.Count == 0, $"{tooLong.Count} lines are over {limit} characters:\n{string.Join('\n', tooLong.Take(50))}");
    }

    [Fact]
    public void TheLengthIsSet_AndTheTestReadsTheRepository()
    {
        Assert.InRange(MaxLineLength(), 80, 200);
        Assert.Contains(Sources(), p => p.EndsWith("LineLengthTests.cs", StringComparison.Ordinal));
    }

    private static int MaxLineLength()
    {
        var setting = File.ReadLines(Path.Combine(Root, ".editorconfig"))
            .Select(l => l.Split('=', 2, StringSplitOptions.TrimEntries))
            .First(kv => kv.Length == 2 && kv[0] == "max_line_length");
        return int.Parse(setting[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> Sources() =>
        new[] { "src", "tests" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(Root, dir), "*.*", SearchOption.AllDirectories))
            .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(p => !Segments(p).Any(s => s is "bin" or "obj" or "Migrations"));

    private static string[] Segments(string path) =>
        Path.GetRelativePath(Root, path).Split(Path.DirectorySeparatorChar);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marketplace.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"No Marketplace.sln above {AppContext.BaseDirectory}");
    }
}
