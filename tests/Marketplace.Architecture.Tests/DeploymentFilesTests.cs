using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Architecture.Tests;

/// <summary>
/// The files in deploy/ are what an operator runs: they parse, the Kubernetes manifests carry
/// what several instances need (replicas, probes, a disruption budget, an autoscaler, the
/// migration Job, limits, a read-only root), and every setting they give is one the app reads,
/// so a misspelt key fails here instead of being silently ignored in production.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string Deploy = Path.Combine(LineLengthTests.Root, "deploy");

    [Fact]
    public void TheKubernetesManifests_RunSeveralInstancesSafely()
    {
        var documents = Load(Path.Combine(Deploy, "k8s", "marketplace.yaml"));
        var kinds = documents.Select(d => Scalar(d, "kind")).ToList();
        Assert.Equal(
            ["ConfigMap", "Deployment", "HorizontalPodAutoscaler", "Ingress", "Job", "PodDisruptionBudget", "Secret", "Service"],
            kinds.Order(StringComparer.Ordinal));

        var deployment = documents.Single(d => Scalar(d, "kind") == "Deployment");
        Assert.True(int.Parse(Scalar(deployment, "spec", "replicas"), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.Equal("RollingUpdate", Scalar(deployment, "spec", "strategy", "type"));
        Assert.Equal("0", Scalar(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable"));
        var pod = Node(deployment, "spec", "template", "spec");
        Assert.Equal("true", Scalar(pod, "securityContext", "runAsNonRoot"));
        Assert.NotNull(Scalar(pod, "terminationGracePeriodSeconds"));
        var web = (YamlMappingNode)((YamlSequenceNode)Node(pod, "containers")).Children.Single();
        Assert.Equal("/health/ready", Scalar(web, "readinessProbe", "httpGet", "path"));
        Assert.Equal("/health/live", Scalar(web, "livenessProbe", "httpGet", "path"));
        Assert.Equal("/health/live", Scalar(web, "startupProbe", "httpGet", "path"));
        Assert.NotNull(Scalar(web, "resources", "requests", "memory"));
        Assert.NotNull(Scalar(web, "resources", "limits", "memory"));
        Assert.Equal("true", Scalar(web, "securityContext", "readOnlyRootFilesystem"));
        Assert.NotNull(Node(web, "lifecycle", "preStop"));

        var autoscaler = documents.Single(d => Scalar(d, "kind") == "HorizontalPodAutoscaler");
        Assert.True(int.Parse(Scalar(autoscaler, "spec", "minReplicas"), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.Equal("1", Scalar(documents.Single(d => Scalar(d, "kind") == "PodDisruptionBudget"), "spec", "minAvailable"));
        var migrate = (YamlMappingNode)((YamlSequenceNode)Node(documents.Single(d => Scalar(d, "kind") == "Job"), "spec", "template", "spec", "containers"))
            .Children.Single();
        Assert.Equal("migrate", ((YamlSequenceNode)Node(migrate, "args")).Children.Single().ToString());
    }

    [Fact]
    public void EverySettingTheDeploymentFilesGive_IsOneTheAppReads_AndTheRequiredOnesAreGiven()
    {
        var known = KnownSettings();
        var documents = Load(Path.Combine(Deploy, "k8s", "marketplace.yaml"));
        var kubernetes = documents.Where(d => Scalar(d, "kind") is "ConfigMap" or "Secret")
            .SelectMany(d => ((YamlMappingNode)Node(d, Scalar(d, "kind") == "Secret" ? "stringData" : "data")).Children.Keys)
            .Select(k => k.ToString()).ToList();
        var compose = Load(Path.Combine(Deploy, "docker-compose.yml")).Single();
        var composed = ((YamlMappingNode)Node(compose, "x-marketplace", "environment")).Children.Keys.Select(k => k.ToString()).ToList();

        foreach (var (file, names) in new[] { ("k8s/marketplace.yaml", kubernetes), ("docker-compose.yml", composed) })
        {
            Assert.All(names, name => Assert.True(
                name.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || known.Contains(Setting(name)),
                $"{file} sets {name}, which the app does not read (appsettings.json and the README's configuration table name what it reads)"));

            // What the app will not start without outside Development, and what several instances must share.
            string[] required = ["Site:PublicBaseUrl", "ConnectionStrings:Marketplace", "Mail:Smtp:Host", "Redis:Configuration", "Files:Store"];
            Assert.All(required, setting => Assert.Contains(setting, names.Select(Setting), StringComparer.OrdinalIgnoreCase));
        }

        // Two instances behind the proxy, after the migration step.
        var services = (YamlMappingNode)Node(compose, "services");
        Assert.All(
            new[] { "db", "redis", "minio", "migrate", "web1", "web2", "proxy" },
            s => Assert.True(services.Children.ContainsKey(new YamlScalarNode(s)), s));
    }

    [Fact]
    public async Task TheProxysConfiguration_IsValidForHaproxy()
    {
        Assert.SkipUnless(File.Exists("/usr/sbin/haproxy"), "Debian's haproxy is not installed: scripts/test installs it.");
        using var check = Process.Start(new ProcessStartInfo("/usr/sbin/haproxy", ["-c", "-f", Path.Combine(Deploy, "haproxy.cfg")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = check.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await check.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await check.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(check.ExitCode == 0, errors + await output);
    }

    /// <summary>"Files__S3__Bucket" → "Files:S3:Bucket"; an array's index ("KnownNetworks__0") names the array.</summary>
    private static string Setting(string environmentName) =>
        string.Join(':', environmentName.Split("__").Where(part => !part.All(char.IsAsciiDigit)));

    /// <summary>The keys of appsettings.json, and those of the README's configuration table.</summary>
    private static HashSet<string> KnownSettings()
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(LineLengthTests.Root, "src", "Marketplace.Web", "appsettings.json")));
        Flatten(json.RootElement, string.Empty);
        var readme = File.ReadAllText(Path.Combine(LineLengthTests.Root, "README.md"));
        foreach (var row in readme.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            // "| `Files:S3:AccessKey`, `SecretKey` | …": the later names share the first one's section.
            var names = Code().Matches(row.Split('|')[1]).Select(m => m.Groups[1].Value).ToList();
            if (names.Count == 0)
            {
                continue;
            }

            var section = names[0].Contains(':', StringComparison.Ordinal) ? names[0][..names[0].LastIndexOf(':')] : string.Empty;
            foreach (var name in names)
            {
                known.Add(name.Contains(':', StringComparison.Ordinal) || section.Length == 0 ? name : $"{section}:{name}");
            }
        }

        return known;

        void Flatten(JsonElement element, string prefix)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                known.Add(prefix);
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}");
            }
        }
    }

    private static List<YamlMappingNode> Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    private static YamlNode Node(YamlNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            current = ((YamlMappingNode)current).Children[new YamlScalarNode(key)];
        }

        return current;
    }

    private static string Scalar(YamlNode node, params string[] path) => ((YamlScalarNode)Node(node, path)).Value!;

    [GeneratedRegex("`([A-Za-z0-9_:]+)`")]
    private static partial Regex Code();
}
