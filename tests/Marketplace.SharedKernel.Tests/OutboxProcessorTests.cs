using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Persistence;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketplace.SharedKernel.Tests;

/// <summary>The real processor over a real SQLite outbox, with handlers of ours: one times out, one breaks half-way.</summary>
public sealed class OutboxProcessorTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync();
        _services = new ServiceCollection()
            .AddDbContext<SampleDbContext>(options => options.UseSqlite(_connection))
            .AddScoped<INotificationHandler<OutboxMessageTests.SampleHappened>, TimingOutHandler>()
            .AddScoped<INotificationHandler<OutboxMessageTests.SampleHappened>, HalfWayHandler>()
            .AddScoped<INotificationHandler<OutboxMessageTests.SampleHappened>, RecordingHandler>()
            .BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SampleDbContext>().Database.EnsureCreatedAsync();
    }

    [Fact]
    public async Task AHandlerThatTimesOut_CountsAsAFailedAttempt_AndTheNextMessageIsStillDelivered()
    {
        var slow = new OutboxMessageTests.SampleHappened(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-2), TimingOutHandler.TimesOut, 1);
        var next = new OutboxMessageTests.SampleHappened(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1), "Trà", 2);
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
            db.AddIntegrationEvent(slow);
            db.AddIntegrationEvent(next);
            await db.SaveChangesAsync();
        }

        var processor = NewProcessor();
        var delivered = await processor.ProcessPendingAsync(CancellationToken.None);

        Assert.Equal(1, delivered);
        await using var check = _services.CreateAsyncScope();
        var messages = await check.ServiceProvider.GetRequiredService<SampleDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
        var failed = messages.Single(m => m.Payload.Contains(TimingOutHandler.TimesOut, StringComparison.Ordinal));
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.ProcessedAt);
        Assert.True(failed.NextAttemptAt > DateTimeOffset.UtcNow);
        Assert.NotNull(messages.Single(m => m != failed).ProcessedAt);
    }

    /// <summary>
    /// Each handler has a scope of its own: a handler that changed its context and then broke
    /// leaves nothing for the next handler's SaveChanges to commit; the next one still runs; the
    /// message is retried.
    /// </summary>
    [Fact]
    public async Task AHandlerThatBreaksHalfWay_LeavesNothingSaved_AndTheNextHandlerStillRuns()
    {
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
            db.AddIntegrationEvent(new OutboxMessageTests.SampleHappened(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1), HalfWayHandler.Breaks, 1));
            await db.SaveChangesAsync();
        }

        var processor = NewProcessor();
        Assert.Equal(0, await processor.ProcessPendingAsync(CancellationToken.None));

        await using var check = _services.CreateAsyncScope();
        var rows = await check.ServiceProvider.GetRequiredService<SampleDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
        Assert.DoesNotContain(rows, m => m.Payload.Contains("half-made", StringComparison.Ordinal));
        Assert.Single(rows, m => m.Payload.Contains(RecordingHandler.Recorded, StringComparison.Ordinal));
        var message = Assert.Single(rows, m => m.Payload.Contains(HalfWayHandler.Breaks, StringComparison.Ordinal));
        Assert.Equal(1, message.Attempts);
        Assert.Contains("broke half-way", message.LastError, StringComparison.Ordinal);
    }

    /// <summary>
    /// Another instance's claim holds: the message is passed by while the claim lasts, and
    /// delivered once it has lapsed (that instance died while delivering it).
    /// </summary>
    [Fact]
    public async Task AMessageAnotherInstanceHolds_IsPassedBy_UntilItsClaimLapses()
    {
        var happened = new OutboxMessageTests.SampleHappened(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1), "claimed elsewhere", 1);
        await ClaimAsync(happened, "another-instance", DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(0, await NewProcessor().ProcessPendingAsync(CancellationToken.None));

        await ClaimAsync(happened, "another-instance", DateTimeOffset.UtcNow.AddSeconds(-1));
        Assert.Equal(1, await NewProcessor().ProcessPendingAsync(CancellationToken.None));

        await using var check = _services.CreateAsyncScope();
        var message = await check.ServiceProvider.GetRequiredService<SampleDbContext>().OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Id == happened.EventId);
        Assert.NotNull(message.ProcessedAt);
        Assert.Null(message.ClaimedBy);
        Assert.Equal(1, message.Attempts);
    }

    /// <summary>A claim made from a read that another instance has changed since (claimed, or delivered) is refused.</summary>
    [Fact]
    public async Task AClaimFromAStaleRead_IsRefused()
    {
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
            db.AddIntegrationEvent(new OutboxMessageTests.SampleHappened(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1), "raced", 1));
            await db.SaveChangesAsync();
        }

        await using var first = _services.CreateAsyncScope();
        await using var second = _services.CreateAsyncScope();
        var mine = await first.ServiceProvider.GetRequiredService<SampleDbContext>().OutboxMessages.SingleAsync();
        var theirs = await second.ServiceProvider.GetRequiredService<SampleDbContext>().OutboxMessages.SingleAsync();
        theirs.Claim("their-instance", DateTimeOffset.UtcNow.AddMinutes(2));
        await second.ServiceProvider.GetRequiredService<SampleDbContext>().SaveChangesAsync();

        mine.Claim("my-instance", DateTimeOffset.UtcNow.AddMinutes(2));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.ServiceProvider.GetRequiredService<SampleDbContext>().SaveChangesAsync());
    }

    private OutboxProcessor<SampleDbContext> NewProcessor() => new(
        _services.GetRequiredService<IServiceScopeFactory>(), new InstanceIdentity(), TimeProvider.System, Options.Create(new OutboxOptions()),
        NullLogger<OutboxProcessor<SampleDbContext>>.Instance);

    private async Task ClaimAsync(OutboxMessageTests.SampleHappened happened, string instance, DateTimeOffset until)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == happened.EventId);
        if (message is null)
        {
            db.AddIntegrationEvent(happened);
            await db.SaveChangesAsync();
            message = await db.OutboxMessages.SingleAsync(m => m.Id == happened.EventId);
        }

        message.Claim(instance, until);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : ModuleDbContext(options)
    {
        public override string Schema => "sample";

        protected override void ConfigureModule(ModelBuilder modelBuilder)
        {
        }
    }

    /// <summary>What an HttpClient's timeout looks like to the processor: a TaskCanceledException, with nobody stopping anything.</summary>
    private sealed class TimingOutHandler : INotificationHandler<OutboxMessageTests.SampleHappened>
    {
        public const string TimesOut = "times out";

        public ValueTask Handle(OutboxMessageTests.SampleHappened notification, CancellationToken cancellationToken) =>
            notification.Product == TimesOut
                ? throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.")
                : ValueTask.CompletedTask;
    }

    /// <summary>Changes its module's data, then breaks before saving: the change must go nowhere.</summary>
    private sealed class HalfWayHandler(SampleDbContext db) : INotificationHandler<OutboxMessageTests.SampleHappened>
    {
        public const string Breaks = "breaks half-way";

        public ValueTask Handle(OutboxMessageTests.SampleHappened notification, CancellationToken cancellationToken)
        {
            if (notification.Product == Breaks)
            {
                db.AddIntegrationEvent(new OutboxMessageTests.SampleHappened(Guid.NewGuid(), DateTimeOffset.UtcNow, "half-made", 0));
                throw new InvalidOperationException("The handler broke half-way.");
            }

            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Runs after the one that breaks, and saves a change of its own with its own context.</summary>
    private sealed class RecordingHandler(SampleDbContext db) : INotificationHandler<OutboxMessageTests.SampleHappened>
    {
        public const string Recorded = "recorded";

        public async ValueTask Handle(OutboxMessageTests.SampleHappened notification, CancellationToken cancellationToken)
        {
            if (notification.Product == HalfWayHandler.Breaks)
            {
                db.AddIntegrationEvent(new OutboxMessageTests.SampleHappened(Guid.NewGuid(), DateTimeOffset.UtcNow, Recorded, 0));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }
}
