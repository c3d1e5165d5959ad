using System.Net;
using Marketplace.Ordering.Features.Preorders;
using Marketplace.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// "Notify me" on a coming harvest: a buyer who asked is mailed once when the window opens (the
/// clock is moved to that day and the watcher's round run), one who took it back is not, and a
/// window already open or unknown is refused.
/// </summary>
public sealed class PreorderAlertTests(MarketplaceWithClockFactory factory) : IClassFixture<MarketplaceWithClockFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private string[] MailsTo(string email) => factory.MailsTo(email, subject => subject.StartsWith("Đã mở đặt trước", StringComparison.Ordinal));

    private async Task<int> RunTheWatchersRoundAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendPreorderAlertsCommand());
    }

    [Fact]
    public async Task ABuyerWhoAsked_IsMailedOnce_WhenTheWindowOpens()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await PreorderTests.OpenAsync(listing, 500, "FirstComeFirstServed", opensInDays: 3);
        var (asker, askerEmail) = await factory.NewPersonAsync("hen");
        var (dropper, dropperEmail) = await factory.NewPersonAsync("bo");

        using (var asked = await asker.PostAsync($"/api/v1/preorders/{windowId}/alert", null))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            Assert.Equal(Today.AddDays(3).ToString("yyyy-MM-dd"), (await asked.JsonAsync()).GetProperty("opensOn").GetString());
        }

        (await asker.PostAsync($"/api/v1/preorders/{windowId}/alert", null)).EnsureSuccessStatusCode(); // twice: the same alert
        (await dropper.PostAsync($"/api/v1/preorders/{windowId}/alert", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await dropper.DeleteAsync($"/api/v1/preorders/{windowId}/alert")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asker.PostAsync($"/api/v1/preorders/{Guid.NewGuid()}/alert", null)).StatusCode);
        using (var anonymous = factory.CreateClient())
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/v1/preorders/{windowId}/alert", null)).StatusCode);
        }

        try
        {
            factory.Clock.Shift = TimeSpan.FromDays(2); // the day before it opens: nothing yet
            await RunTheWatchersRoundAsync();
            await Task.Delay(1000); // the outbox would have mailed by now
            Assert.Empty(MailsTo(askerEmail));

            factory.Clock.Shift = TimeSpan.FromDays(3);
            Assert.True(await RunTheWatchersRoundAsync() >= 1);
            Assert.Equal(0, await RunTheWatchersRoundAsync()); // each alert once, however often the round runs
            await People.EventuallyAsync(() => Task.FromResult(MailsTo(askerEmail).Length > 0), "the alert's mail");
            await Task.Delay(1000);
            var mail = Assert.Single(MailsTo(askerEmail));
            Assert.Contains($"/preorders/{windowId}", mail, StringComparison.Ordinal);
            Assert.Contains("45.000", mail, StringComparison.Ordinal); // the price per kg
            Assert.Empty(MailsTo(dropperEmail));

            // Open now: asking is refused, the buyer can reserve. (Signed in again: three days on, the first token has expired.)
            var again = await factory.BearerClientAsync(dropperEmail, People.Password);
            using var late = await again.PostAsync($"/api/v1/preorders/{windowId}/alert", null);
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Equal("application/problem+json", late.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }
}
