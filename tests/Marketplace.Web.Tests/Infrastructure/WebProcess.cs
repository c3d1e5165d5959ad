using System.Diagnostics;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The marketplace as an operator runs it: the built Marketplace.Web.dll, in a process of its own.</summary>
public sealed class WebProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private WebProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>What the process has written to its standard output and error so far, line by line.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

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

    /// <summary>
    /// Starts the app in <paramref name="workDir"/> (its App_Data goes there), in Production,
    /// listening on <paramref name="address"/> and the <paramref name="urls"/> given besides, with
    /// the settings given as environment variables over the shipped appsettings.json (copied
    /// there, as the image has it beside the app); returns once /health/ready answers.
    /// </summary>
    public static async Task<WebProcess> StartAsync(string workDir, Uri address, IReadOnlyDictionary<string, string> settings, params Uri[] urls)
    {
        File.Copy(Path.Combine(Path.GetDirectoryName(AssemblyPath())!, "appsettings.json"), Path.Combine(workDir, "appsettings.json"), overwrite: true);
        var info = new ProcessStartInfo("dotnet", [AssemblyPath()])
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = string.Join(';', new[] { address }.Concat(urls).Select(u => u.ToString().TrimEnd('/')));
        info.Environment["Site__PublicBaseUrl"] = address.ToString();
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        var app = new WebProcess(Process.Start(info)!, address);
        using var probe = new HttpClient { BaseAddress = address };
        // A start on a CI machine busy with two test runs has taken over 90 s (migrations, demo data, the first JIT).
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await probe.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (app._process.HasExited)
            {
                var exitCode = app._process.ExitCode;
                app.Dispose();
                throw new InvalidOperationException($"The marketplace exited with {exitCode} at start:\n{string.Join('\n', app.Output)}");
            }

            await Task.Delay(200);
        }

        app.Dispose();
        throw new TimeoutException("The marketplace did not become ready.");
    }

    /// <summary>SIGKILL: no shutdown, no flush.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }
}
