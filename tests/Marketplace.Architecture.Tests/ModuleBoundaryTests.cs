using System.Reflection;
using Marketplace.SharedKernel.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace Marketplace.Architecture.Tests;

/// <summary>
/// The rules that keep the monolith modular: a module is reached only through its Contracts and
/// the mediator, hides everything else, and maps only its own tables.
/// </summary>
public sealed class ModuleBoundaryTests
{
    public sealed record Module(string Name, Assembly Implementation, Assembly Contracts)
    {
        public override string ToString() => Name;
    }

    /// <summary>The four modules, for every architecture test (one list, so a fifth module is added once).</summary>
    internal static readonly Module[] Modules =
    [
        new("Vendors", typeof(Vendors.VendorsModule).Assembly, typeof(Vendors.Contracts.ListStorefrontsQuery).Assembly),
        new("Catalog", typeof(Catalog.CatalogModule).Assembly, typeof(Catalog.Contracts.ListVendorProductsQuery).Assembly),
        new("Ordering", typeof(Ordering.OrderingModule).Assembly, Assembly.Load("Marketplace.Ordering.Contracts")),
        new("Payments", typeof(Payments.PaymentsModule).Assembly, Assembly.Load("Marketplace.Payments.Contracts")),
    ];

    public static TheoryData<string> ModuleNames() => new(Modules.Select(m => m.Name));

    private static Module Get(string name) => Modules.Single(m => m.Name == name);

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void AModule_ReferencesNoOtherModule_OnlyTheirContracts(string name)
    {
        var module = Get(name);
        var others = Modules.Where(m => m != module).Select(m => m.Implementation.GetName().Name).ToHashSet(StringComparer.Ordinal);
        var referenced = module.Implementation.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(referenced, others.Contains);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void AModule_UsesNoOtherModulesInternalNamespaces(string name)
    {
        var module = Get(name);
        var forbidden = Modules.Where(m => m != module)
            .SelectMany(m => new[] { "Data", "Domain", "Features" }.Select(part => $"Marketplace.{m.Name}.{part}"))
            .ToArray();
        var result = Types.InAssembly(module.Implementation).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void AModule_ExposesOnlyItsRegistration_AndKeepsEverythingElseInternal(string name)
    {
        var module = Get(name);
        // View components are public because MVC finds them only so: how a module draws its part
        // of another's page (a product's badges, an order's payment).
        var result = Types.InAssembly(module.Implementation)
            .That().DoNotHaveName($"{name}Module")
            .And().DoNotInherit(typeof(Microsoft.AspNetCore.Mvc.ViewComponent))
            .Should().NotBePublic()
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Contracts_HoldMessagesOnly_WithoutPersistenceOrWeb(string name)
    {
        var result = Types.InAssembly(Get(name).Contracts)
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void TheSharedKernel_KnowsNoModule()
    {
        var result = Types.InAssembly(typeof(ModuleDbContext).Assembly)
            .ShouldNot().HaveDependencyOnAny(Modules.Select(m => $"Marketplace.{m.Name}").Append("Marketplace.Web").ToArray())
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void AModulesDbContext_MapsOnlyItsOwnTables(string name)
    {
        var module = Get(name);
        var contextType = module.Implementation.GetTypes().Single(t => t.IsSubclassOf(typeof(ModuleDbContext)));
        using var connection = new SqliteConnection("Data Source=:memory:");
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        options.UseSqlite(connection);
        using var db = (ModuleDbContext)Activator.CreateInstance(contextType, options.Options)!;

        var prefix = name.ToLowerInvariant() + "_";
        Assert.All(db.Model.GetEntityTypes(), entity =>
        {
            Assert.True(
                entity.ClrType.Assembly == module.Implementation || entity.ClrType.Assembly == typeof(ModuleDbContext).Assembly,
                $"{name} maps {entity.ClrType.FullName}, which it does not own.");
            // Keyless types read with raw SQL (a search index's rows) map no table of their own.
            if (entity.GetTableName() is { } table)
            {
                Assert.StartsWith(prefix, table, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Handlers_AreNeverPublic()
    {
        foreach (var module in Modules)
        {
            var result = Types.InAssembly(module.Implementation)
                .That().HaveNameEndingWith("Handler")
                .Should().NotBePublic()
                .GetResult();
            Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
        }
    }
}
