using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Persistence;
using Mediator;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Marketplace.Architecture.Tests;

/// <summary>
/// A module is a vertical slice: its pages beside its features, its Contracts only what other
/// modules use, and each command saying, by type, whose transaction it runs in (ADRs 0004, 0005).
/// </summary>
public sealed class SliceTests
{
    private static readonly ModuleBoundaryTests.Module[] Modules = ModuleBoundaryTests.Modules;

    private static readonly Assembly Accounts = typeof(Accounts.AccountsTransaction).Assembly;

    private static readonly Assembly Host = typeof(Program).Assembly;

    public static TheoryData<string> ModuleNames() => new(Modules.Select(m => m.Name));

    /// <summary>
    /// Public only because another module, or the host's infrastructure (a provider's webhook),
    /// sees it: it uses the type itself, or the type is part of one it uses (a view inside a view,
    /// a query's answer). Integration events are for others by definition, and so are the
    /// transaction names.
    /// </summary>
    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void APublicContractsType_IsUsedByAnotherModule(string name)
    {
        var module = Modules.Single(m => m.Name == name);
        var used = Modules.Where(m => m.Name != name)
            .SelectMany(m => new[] { m.Implementation, m.Contracts })
            .Append(Accounts)
            .Append(Host)
            .SelectMany(ReferencedTypeNames)
            .ToHashSet(StringComparer.Ordinal);
        var exported = module.Contracts.GetExportedTypes().Where(t => !t.IsNested).ToList();
        var roots = exported.Where(t =>
            used.Contains(t.FullName!) || typeof(IIntegrationEvent).IsAssignableFrom(t) || typeof(IModuleTransaction).IsAssignableFrom(t));
        var reachable = Reach(roots, module.Contracts);

        Assert.Empty(exported.Where(t => !reachable.Contains(t)).Select(t => t.Name));
    }

    [Fact]
    public void TheHost_HoldsOnlyItsOwnPages_Account_Errors_TheLanguageAndCurrencySwitches_AndTheLayout()
    {
        string[] hostOnly =
        [
            "/Pages/Account/", "/Pages/Error.", "/Pages/Status.", "/Pages/Language.", "/Pages/Currency.", "/Pages/Shared/_Layout.", "/Pages/Shared/_AdminTabs.",
            "/Pages/Shared/_CooperativeTabs.", "/Pages/Shared/_Report", "/Pages/Shared/_Share.", "/Pages/Shared/_SearchSuggestions.",
            "/Pages/_ViewImports.", "/_ViewStart."
        ];
        var strays = RazorItems(Host).Where(path => !hostOnly.Any(path.StartsWith)).ToList();
        Assert.Empty(strays);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void AModulesPages_LiveBesideItsFeatures_AndItsPageModelsInTheirNamespace(string name)
    {
        var module = Modules.Single(m => m.Name == name);
        Assert.All(RazorItems(module.Implementation), path =>
            Assert.True(path.StartsWith("/Features/", StringComparison.Ordinal) || path == "/_ViewImports.cshtml", path));
        var pageModels = module.Implementation.GetTypes().Where(t => t.IsSubclassOf(typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel)));
        Assert.All(pageModels, t => Assert.StartsWith($"Marketplace.{name}.Features.", t.Namespace, StringComparison.Ordinal));
    }

    /// <summary>One endpoint layout: a module maps its API in Features, in classes named …Endpoint(s).</summary>
    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void AModulesEndpoints_LiveInItsFeatures_NamedEndpoints(string name)
    {
        var module = Modules.Single(m => m.Name == name);
        var mappers = module.Implementation.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Any(m => m.GetParameters().FirstOrDefault()?.ParameterType == typeof(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder)))
            .Where(t => t.Name != $"{name}Module")
            .ToList();
        Assert.NotEmpty(mappers);
        Assert.All(mappers, t =>
        {
            Assert.StartsWith($"Marketplace.{name}.Features", t.Namespace, StringComparison.Ordinal);
            Assert.True(t.Name.EndsWith("Endpoint", StringComparison.Ordinal) || t.Name.EndsWith("Endpoints", StringComparison.Ordinal), t.FullName);
        });
    }

    /// <summary>Two modules' pages at one path would leave one of them unreachable, silently.</summary>
    [Fact]
    public void NoTwoModules_PutAPageAtTheSamePath()
    {
        var twice = Modules.SelectMany(m => RazorItems(m.Implementation)).Where(p => !p.EndsWith("/_ViewImports.cshtml", StringComparison.Ordinal))
            .GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(twice);
    }

    /// <summary>
    /// Every command says whose transaction it runs in (IRunsIn, kept by the pipeline) or that its
    /// handler opens its own (IOwnsTransaction): exactly one, and its own module's.
    /// </summary>
    [Fact]
    public void EveryCommand_NamesItsOwnModulesTransaction()
    {
        var assemblies = Modules.SelectMany(m => new[] { m.Implementation, m.Contracts }).Append(Accounts);
        var commands = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsInterface && !t.IsAbstract && (typeof(IBaseCommand).IsAssignableFrom(t) || typeof(IBaseRequest).IsAssignableFrom(t)))
            .ToList();
        Assert.NotEmpty(commands);
        Assert.All(commands, command =>
        {
            var names = command.GetInterfaces()
                .Where(i => i.IsGenericType
                    && (i.GetGenericTypeDefinition() == typeof(IRunsIn<>) || i.GetGenericTypeDefinition() == typeof(IOwnsTransaction<>)))
                .Select(i => i.GetGenericArguments()[0])
                .ToList();
            Assert.True(names.Count == 1, $"{command.FullName} names {names.Count} transactions");
            var owner = command.Namespace!.Split('.')[1];
            Assert.True(names[0].Namespace!.StartsWith($"Marketplace.{owner}", StringComparison.Ordinal), $"{command.FullName} runs in {names[0].Name}");
        });
    }

    [Fact]
    public void Accounts_FollowsTheModuleRules_NoModuleInsides_AndHandlersNotPublic()
    {
        var insides = Modules.Select(m => m.Implementation.GetName().Name).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(Accounts.GetReferencedAssemblies().Select(a => a.Name!), insides.Contains);
        Assert.DoesNotContain(Accounts.GetExportedTypes(), t => t.Name.EndsWith("Handler", StringComparison.Ordinal));
    }

    private static IEnumerable<string> RazorItems(Assembly assembly) =>
        assembly.GetCustomAttributes<RazorCompiledItemAttribute>().Select(a => a.Identifier);

    /// <summary>Every type another assembly's metadata names (its TypeRef table): what it uses, in any signature or body.</summary>
    private static IEnumerable<string> ReferencedTypeNames(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.TypeReferences.Select(h => reader.GetTypeReference(h))
            .Select(r => $"{reader.GetString(r.Namespace)}.{reader.GetString(r.Name)}")
            .ToList();
    }

    /// <summary>The roots and every type of the same assembly their public shape carries, transitively.</summary>
    private static HashSet<Type> Reach(IEnumerable<Type> roots, Assembly assembly)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            if (type.Assembly != assembly || !seen.Add(type))
            {
                continue;
            }

            var shape = type.GetProperties().Select(p => p.PropertyType)
                .Concat(type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType))
                .Concat(type.GetInterfaces());
            foreach (var part in shape.SelectMany(Unwrap))
            {
                queue.Enqueue(part);
            }
        }

        return seen;
    }

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.IsArray ? Unwrap(type.GetElementType()!)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition())
        : [type];
}
