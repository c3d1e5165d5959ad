using Marketplace.Accounts;
using Marketplace.SharedKernel.Security;
using Marketplace.Vendors.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Robustness;

/// <summary>
/// Two instances started at the same moment on one empty database (SQLite, then PostgreSQL):
/// one migrates and seeds while the other waits, so both start, and roles and demo data exist once.
/// </summary>
public sealed class StartTogetherTests
{
    [Fact]
    public async Task TwoInstancesOnAnEmptyDatabase_BothStart_AndSeedOnce()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var first = new HostOnDatabase(database, TimeSpan.FromMilliseconds(100));
        await using var second = new HostOnDatabase(database, TimeSpan.FromMilliseconds(100));

        await Task.WhenAll(Task.Run(async () => await first.InitializeAsync()), Task.Run(async () => await second.InitializeAsync()));

        foreach (var host in new[] { first, second })
        {
            using var client = host.CreateClient();
            (await client.GetAsync("/api/v1/products")).EnsureSuccessStatusCode();
        }

        await using var scope = first.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        Assert.Equal(Roles.All.Count, await accounts.Roles.CountAsync());
        var cooperatives = await scope.ServiceProvider.GetRequiredService<VendorsDbContext>().Cooperatives.Select(c => c.Slug).ToListAsync();
        Assert.NotEmpty(cooperatives);
        Assert.Equal(cooperatives.Count, cooperatives.Distinct().Count());
    }
}
