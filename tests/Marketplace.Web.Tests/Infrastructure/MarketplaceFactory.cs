using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// The real host (Program's composition root, untouched) on a database of its own, with the
/// demo data seeded and mails written to a folder of its own.
/// </summary>
public class MarketplaceFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;
    private readonly bool _ownsDatabase;

    public MarketplaceFactory()
    {
        _ownsDatabase = true;
    }

    /// <summary>A host on an existing database, as after a restart (see <see cref="HostOnDatabase"/>).</summary>
    protected MarketplaceFactory(TestDatabase database, TimeSpan outboxPollInterval)
    {
        _database = database;
        OutboxPollInterval = outboxPollInterval;
    }

    public TimeSpan OutboxPollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>False: no background dispatch at all, as in a process that stops before its next pass.</summary>
    public bool OutboxEnabled { get; init; } = true;

    /// <summary>False leaves migrations to the release step (the <c>migrate</c> command), as on a server database in production.</summary>
    public bool MigrateOnStart { get; init; } = true;

    /// <summary>
    /// The address links are made from: the test server's host ("localhost", which AllowedHosts
    /// then lets in) on another port than the requests', so a link made from the request would show.
    /// </summary>
    public virtual string PublicBaseUrl => "http://localhost:8080/";

    /// <summary>Another content root than the build's, as on another machine (null: the build's).</summary>
    public string? ContentRoot { get; init; }

    /// <summary>More settings, applied last (an object store, Redis, an SMTP server on loopback).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"marketplace-mail-{Guid.NewGuid():N}");

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>
    /// Delivers every pending outbox message now, for a host whose outbox does not run by itself,
    /// and waits for those its background dispatcher has claimed but not yet delivered (a pass
    /// passes a claimed message by, so without the wait a test would read before its handlers ran).
    /// </summary>
    public async Task DrainOutboxesAsync()
    {
        var processors = Services.GetServices<IOutboxProcessor>().ToList();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var delivered = 0;
            foreach (var processor in processors)
            {
                delivered += await processor.ProcessPendingAsync(CancellationToken.None);
            }

            if (delivered > 0)
            {
                continue;
            }

            if (!await AnyInFlightAsync(processors))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    /// <summary>Whether the background dispatcher is delivering a message of any module's outbox right now.</summary>
    private async Task<bool> AnyInFlightAsync(IEnumerable<IOutboxProcessor> processors)
    {
        await using var scope = Services.CreateAsyncScope();
        var now = Services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var processor in processors)
        {
            var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(processor.GetType().GetGenericArguments()[0]);
            var claimed = await context.OutboxMessages.AsNoTracking()
                .Where(m => m.ProcessedAt == null && m.ClaimedUntil != null)
                .Select(m => m.ClaimedUntil!.Value)
                .ToListAsync();
            if (claimed.Any(until => until > now))
            {
                return true;
            }
        }

        return false;
    }

    public virtual async ValueTask InitializeAsync()
    {
        // A host that migrates its own database starts on a copy of one migrated and seeded once.
        _database ??= MigrateOnStart ? await TestDatabase.SeededAsync(SeedTemplateAsync) : await TestDatabase.CreateAsync();
        StartHost();
    }

    /// <summary>
    /// A database of its own holding what a host's first start makes (a copy of the seeded template),
    /// for a test that starts its hosts or processes on it itself: seeding anew in each would take
    /// most of their start, and on a machine busy with both passes, minutes.
    /// </summary>
    public static Task<TestDatabase> SeededDatabaseAsync() => TestDatabase.SeededAsync(SeedTemplateAsync);

    /// <summary>
    /// What every host's first start did: migrate, seed the demo data, deliver what seeding raised.
    /// Not the data-protection key ring: each host makes its own, as on a database of its own (a
    /// host may be configured to encrypt its keys).
    /// </summary>
    private static async Task SeedTemplateAsync(TestDatabase template)
    {
        await using var host = new HostOnDatabase(template, TimeSpan.FromMilliseconds(100));
        await host.InitializeAsync();
        await host.DrainOutboxesAsync();
        await using var scope = host.CreateScope();
        await scope.ServiceProvider.GetRequiredService<Marketplace.Accounts.AccountsDbContext>().DataProtectionKeys.ExecuteDeleteAsync();
    }

    /// <summary>Starts the host now, so that migrations and seeding run here, not in the first test.</summary>
    protected virtual void StartHost() => _ = Server;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        if (ContentRoot is not null)
        {
            builder.UseContentRoot(ContentRoot);
        }

        // A failed test's log is read by a person: one line each, as in Development, not Production's JSON.
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        builder.UseSetting("Logging:Console:FormatterOptions:SingleLine", "true");
        builder.UseSetting("Site:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Marketplace", Database.ConnectionString);
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("Mail:Delivery", "Pickup");
        builder.UseSetting("Mail:PickupDirectory", MailFolder);
        builder.UseSetting("Outbox:PollInterval", OutboxPollInterval.ToString());
        builder.UseSetting("Outbox:Enabled", OutboxEnabled ? "true" : "false");
        builder.UseSetting("Reports:RollupInterval", "00:00:00"); // a test that wants a round runs it itself
        builder.UseSetting("Wishlist:Interval", "00:00:00"); // the same
        builder.UseSetting("Database:MigrateOnStart", MigrateOnStart ? "true" : "false");
        builder.UseSetting("RateLimiting:SignInPerMinute", "1000");
        builder.UseSetting("RateLimiting:RegistrationsPerHour", "100000");
        builder.UseSetting("RateLimiting:CheckoutsPerMinute", "100000");
        builder.UseSetting("RateLimiting:UploadsPerMinute", "100000");
        builder.UseSetting("Identity:PasswordHasher:IterationCount", People.PasswordHashRounds);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // Warnings and errors only, so that a failing test's message is not lost in the host's chatter.
        // EF's own "failed command" errors are left out: the first migration's probe of a history table
        // that does not exist yet is one, and a real failure reaches the test as an exception anyway.
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
    }

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase && _database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>A host over a database that outlives it, to stop and start again.</summary>
public sealed class HostOnDatabase(TestDatabase database, TimeSpan outboxPollInterval)
    : MarketplaceFactory(database, outboxPollInterval);
