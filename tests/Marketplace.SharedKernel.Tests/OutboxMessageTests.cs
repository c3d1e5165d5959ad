using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;

namespace Marketplace.SharedKernel.Tests;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RoundTrip_RestoresTheEventWithItsValues()
    {
        var sent = new SampleHappened(Guid.NewGuid(), Now, "Trà Shan Tuyết", 350_000);
        var restored = OutboxMessage.From(sent).ToIntegrationEvent();
        Assert.Equal(sent, restored);
    }

    [Fact]
    public void MarkFailed_BacksOffExponentially()
    {
        var message = OutboxMessage.From(new SampleHappened(Guid.NewGuid(), Now, "x", 1));
        message.MarkFailed("boom", Now);
        Assert.Equal(Now.AddSeconds(2), message.NextAttemptAt);
        message.MarkFailed("boom", Now);
        Assert.Equal(Now.AddSeconds(4), message.NextAttemptAt);
        message.MarkFailed("boom", Now);
        Assert.Equal(Now.AddSeconds(8), message.NextAttemptAt);
        Assert.Equal(3, message.Attempts);
        Assert.Null(message.ProcessedAt);
    }

    [Fact]
    public void MarkFailed_KeepsAtMostTwoThousandCharactersOfTheError()
    {
        var message = OutboxMessage.From(new SampleHappened(Guid.NewGuid(), Now, "x", 1));
        message.MarkFailed(new string('e', 5000), Now);
        Assert.Equal(2000, message.LastError!.Length);
    }

    public sealed record SampleHappened(Guid EventId, DateTimeOffset OccurredAt, string Product, long Price) : IIntegrationEvent;
}
