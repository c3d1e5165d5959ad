using System.Diagnostics;
using System.Net;
using Marketplace.Accounts;
using Marketplace.SharedKernel.Security;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Robustness;

/// <summary>
/// Migrations as a release step (SQLite, then PostgreSQL): an instance that does not migrate
/// itself (Database:MigrateOnStart false) starts at once, alive but not ready, until the release
/// step (the built Marketplace.Web.dll run as <c>migrate</c>, in a process of its own) brings the
/// schema up to date; then it is ready without a restart. The step can run again, changing nothing.
/// </summary>
public sealed class ReleaseStepTests
{
    [Fact]
    public async Task AnInstanceLeftToTheReleaseStep_IsNotReady_UntilMigrateHasRun()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var instance = new HostOnDatabase(database, TimeSpan.FromMilliseconds(100)) { MigrateOnStart = false, OutboxEnabled = false };
        await instance.InitializeAsync();
        using var client = instance.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);

        await MigrateAsync(database);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/products")).StatusCode);
        await using (var scope = instance.CreateScope())
        {
            Assert.Equal(Roles.All.Count, await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Roles.CountAsync());
        }

        await MigrateAsync(database);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    private static async Task MigrateAsync(TestDatabase database)
    {
        var info = new ProcessStartInfo("dotnet", [WebProcess.AssemblyPath(), "migrate"])
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Site__PublicBaseUrl"] = "http://localhost:8080/";
        info.Environment["Database__Provider"] = database.Provider;
        info.Environment["ConnectionStrings__Marketplace"] = database.ConnectionString;
        info.Environment["DemoData__Enabled"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"migrate exited with {process.ExitCode}: {await output}{await errors}");
    }
}
