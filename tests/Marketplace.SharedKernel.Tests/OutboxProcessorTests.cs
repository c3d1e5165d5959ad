using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Persistence;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketplace.SharedKernel.Tests;

/// <summary>The real processor over a real SQLite outbox; the publisher stands for a handler that times out.</summary>
public sealed class OutboxProcessorTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync();
        _services = new ServiceCollection()
            .AddDbContext<SampleDbContext>(options => options.UseSqlite(_connection))
            .AddSingleton<IPublisher, TimingOutPublisher>()
            .BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SampleDbContext>().Database.EnsureCreatedAsync();
    }

    [Fact]
    public async Task AHandlerThatTimesOut_CountsAsAFailedAttempt_AndTheNextMessageIsStillDelivered()
    {
        var slow = new OutboxMessageTests.SampleHappened(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-2), TimingOutPublisher.TimesOut, 1);
        var next = new OutboxMessageTests.SampleHappened(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1), "Trà", 2);
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
            db.AddIntegrationEvent(slow);
            db.AddIntegrationEvent(next);
            await db.SaveChangesAsync();
        }

        var processor = new OutboxProcessor<SampleDbContext>(
            _services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, Options.Create(new OutboxOptions()),
            NullLogger<OutboxProcessor<SampleDbContext>>.Instance);
        var delivered = await processor.ProcessPendingAsync(CancellationToken.None);

        Assert.Equal(1, delivered);
        await using var check = _services.CreateAsyncScope();
        var messages = await check.ServiceProvider.GetRequiredService<SampleDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
        var failed = messages.Single(m => m.Payload.Contains(TimingOutPublisher.TimesOut, StringComparison.Ordinal));
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.ProcessedAt);
        Assert.True(failed.NextAttemptAt > DateTimeOffset.UtcNow);
        Assert.NotNull(messages.Single(m => m != failed).ProcessedAt);
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
    private sealed class TimingOutPublisher : IPublisher
    {
        public const string TimesOut = "times out";

        public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification =>
            notification is OutboxMessageTests.SampleHappened { Product: TimesOut }
                ? throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.")
                : ValueTask.CompletedTask;

        public ValueTask Publish(object notification, CancellationToken cancellationToken = default) =>
            notification is OutboxMessageTests.SampleHappened { Product: TimesOut }
                ? throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.")
                : ValueTask.CompletedTask;
    }
}
