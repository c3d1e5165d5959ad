namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The marketplace as an operator runs it: the built Marketplace.Web.dll, in a process of its own.</summary>
public static class WebProcess
{
    /// <summary>The dll built beside these tests (same configuration and framework).</summary>
    public static string AssemblyPath()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name; // bin/<Configuration>/net10.0/
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Marketplace.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root!.FullName, "src", "Marketplace.Web", "bin", configuration, here.Name, "Marketplace.Web.dll");
    }
}
