using Marketplace.SharedKernel.Behaviors;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.SharedKernel.Tests;

/// <summary>
/// The real behaviour over two modules' contexts on one SQLite connection (as a request shares
/// one): what a command's outcome leaves saved, and what it creates.
/// </summary>
public sealed class UnitOfWorkBehaviorTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private ServiceProvider _services = null!;
    private int _firstContexts;

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync();
        _services = new ServiceCollection()
            .AddDbContext<FirstDbContext>(options => options.UseSqlite(_connection))
            .AddDbContext<SecondDbContext>(options => options.UseSqlite(_connection))
            .AddKeyedScoped<IModuleUnitOfWork>(typeof(FirstTransaction), (provider, _) =>
            {
                _firstContexts++;
                return new ModuleUnitOfWork<FirstDbContext>(provider.GetRequiredService<FirstDbContext>());
            })
            .AddKeyedScoped<IModuleUnitOfWork>(typeof(SecondTransaction), (provider, _) =>
                new ModuleUnitOfWork<SecondDbContext>(provider.GetRequiredService<SecondDbContext>()))
            .AddScoped<IOpenTransaction, FirstContextsTransaction>()
            .BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FirstDbContext>().Database.EnsureCreatedAsync();
        await scope.ServiceProvider.GetRequiredService<SecondDbContext>().Database.ExecuteSqlRawAsync(
            "CREATE TABLE second_outbox_messages AS SELECT * FROM first_outbox_messages WHERE 0");
    }

    public static TheoryData<string, int> Outcomes() => new()
    {
        { "succeeds", 1 },
        { "fails", 0 },
        { "throws", 0 },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task ACommand_IsSavedWhenItSucceeds_AndNotAtAllWhenItFailsOrThrows(string outcome, int saved)
    {
        await using (var scope = _services.CreateAsyncScope())
        {
            var behavior = new UnitOfWorkBehavior<FirstCommand, Result<Done>>(scope.ServiceProvider);
            var db = scope.ServiceProvider.GetRequiredService<FirstDbContext>();
            var handle = behavior.Handle(new FirstCommand(), (_, _) => Change(db, outcome), TestContext.Current.CancellationToken);
            if (outcome == "throws")
            {
                await Assert.ThrowsAsync<InvalidOperationException>(async () => await handle);
            }
            else
            {
                await handle;
            }

            Assert.DoesNotContain(db.ChangeTracker.Entries(), entry => entry.State != EntityState.Unchanged); // nothing left half-made
        }

        Assert.Equal(saved, await CountAsync("first"));
    }

    [Fact]
    public async Task AMessageThatNamesNoTransaction_PassesThrough_WithoutCreatingAContext()
    {
        await using var scope = _services.CreateAsyncScope();
        var behavior = new UnitOfWorkBehavior<UnmarkedQuery, int>(scope.ServiceProvider);
        Assert.Equal(7, await behavior.Handle(new UnmarkedQuery(), (_, _) => ValueTask.FromResult(7), TestContext.Current.CancellationToken));
        Assert.Equal(0, _firstContexts);
    }

    /// <summary>
    /// Checkout's shape: a command of another module sent inside an open transaction joins it; its
    /// failure undoes only its own changes, its success commits (or rolls back) with the outer one.
    /// </summary>
    [Theory]
    [InlineData(true, 1, 1)]
    [InlineData(false, 1, 0)]
    public async Task ACommandSentInsideAnotherModulesTransaction_JoinsIt_UnderASavepoint(bool innerSucceeds, int firstSaved, int secondSaved)
    {
        await using (var scope = _services.CreateAsyncScope())
        {
            var first = scope.ServiceProvider.GetRequiredService<FirstDbContext>();
            var second = scope.ServiceProvider.GetRequiredService<SecondDbContext>();
            await using var outer = await first.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            first.AddIntegrationEvent(Event());
            await first.SaveChangesAsync(TestContext.Current.CancellationToken);

            var behavior = new UnitOfWorkBehavior<SecondCommand, Result<Done>>(scope.ServiceProvider);
            await behavior.Handle(
                new SecondCommand(),
                async (_, cancellationToken) =>
                {
                    // A handler that saves as it goes (as a stock reservation does, line by line), then decides.
                    second.AddIntegrationEvent(Event());
                    await second.SaveChangesAsync(cancellationToken);
                    return innerSucceeds ? Done.Value : Error.Rule("sample.refused", "Refused.");
                },
                TestContext.Current.CancellationToken);
            Assert.Null(second.Database.CurrentTransaction); // it gave the outer transaction back
            await outer.CommitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(firstSaved, await CountAsync("first"));
        Assert.Equal(secondSaved, await CountAsync("second"));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static ValueTask<Result<Done>> Change(ModuleDbContext db, string outcome)
    {
        db.AddIntegrationEvent(Event());
        return outcome switch
        {
            "succeeds" => ValueTask.FromResult<Result<Done>>(Done.Value),
            "fails" => ValueTask.FromResult<Result<Done>>(Error.Rule("sample.refused", "Refused.")),
            _ => throw new InvalidOperationException("The handler broke."),
        };
    }

    private static OutboxMessageTests.SampleHappened Event() => new(Guid.NewGuid(), DateTimeOffset.UtcNow, "Trà", 1);

    private async Task<long> CountAsync(string module)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {module}_outbox_messages";
        return (long)(await command.ExecuteScalarAsync())!;
    }

#pragma warning disable CA1812 // Instantiated by the tests and by DI.
    private sealed class FirstTransaction : IModuleTransaction;

    private sealed class SecondTransaction : IModuleTransaction;

    private sealed record FirstCommand : ICommand<Result<Done>>, IRunsIn<FirstTransaction>;

    private sealed record SecondCommand : ICommand<Result<Done>>, IRunsIn<SecondTransaction>;

    private sealed record UnmarkedQuery : IQuery<int>;

    /// <summary>What the host's shared connection reports: here the first module is the only one that opens transactions of its own.</summary>
    private sealed class FirstContextsTransaction(FirstDbContext first) : IOpenTransaction
    {
        public IDbContextTransaction? Current => first.Database.CurrentTransaction;
    }

    private sealed class FirstDbContext(DbContextOptions<FirstDbContext> options) : ModuleDbContext(options)
    {
        public override string Schema => "first";

        protected override void ConfigureModule(ModelBuilder modelBuilder)
        {
        }
    }

    private sealed class SecondDbContext(DbContextOptions<SecondDbContext> options) : ModuleDbContext(options)
    {
        public override string Schema => "second";

        protected override void ConfigureModule(ModelBuilder modelBuilder)
        {
        }
    }
#pragma warning restore CA1812
}
