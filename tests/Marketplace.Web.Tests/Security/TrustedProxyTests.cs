using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Security;

/// <summary>
/// Behind a load balancer, sign-in attempts are counted per client (the address a known proxy
/// forwards), not per balancer; an address forwarded by anyone else is ignored, so nobody picks a
/// fresh bucket by writing a header. A refusal says when to try again.
/// </summary>
public sealed class TrustedProxyTests(TrustedProxyTests.Host factory) : IClassFixture<TrustedProxyTests.Host>
{
    private const int PerMinute = 3;

    private const string Balancer = "10.0.0.5";

    /// <summary>
    /// A host that trusts the balancer at 10.0.0.5 and lets three sign-ins a minute through. The
    /// test server has no TCP peer, so the peer's address comes from a test header, set ahead of
    /// the host's own pipeline (where the forwarded headers are read).
    /// </summary>
    public sealed class Host : MarketplaceFactory
    {
        public const string PeerHeader = "X-Test-Peer";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimiting:SignInPerMinute", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", Balancer);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerFromHeader>());
        }

        private sealed class PeerFromHeader : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, then) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[PeerHeader].ToString());
                    return then(context);
                });
                next(app);
            };
        }
    }

    /// <summary>A failed sign-in (a wrong password) from <paramref name="peer"/>, forwarding <paramref name="forwardedFor"/>.</summary>
    private async Task<HttpStatusCode> SignInAsync(string peer, string forwardedFor)
    {
        using var response = await SendSignInAsync(peer, forwardedFor);
        return response.StatusCode;
    }

    private async Task<HttpResponseMessage> SendSignInAsync(string peer, string forwardedFor)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/account/token")
        {
            Content = JsonContent.Create(new { email = "khong-co@example.vn", password = "sai-mat-khau" }),
        };
        request.Headers.Add(Host.PeerHeader, peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task ClientsBehindTheBalancer_AreCountedOneByOne()
    {
        for (var i = 0; i < PerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(Balancer, "203.0.113.7"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInAsync(Balancer, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(Balancer, "203.0.113.8"));
    }

    [Fact]
    public async Task ARefusal_SaysWhenToTryAgain_AndIsAProblem()
    {
        const string client = "203.0.113.20";
        for (var i = 0; i < PerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(Balancer, client));
        }

        using var refused = await SendSignInAsync(Balancer, client);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

        // Within the minute's window, in whole seconds (RFC 9110 §10.2.3).
        var seconds = refused.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.InRange(seconds ?? 0, 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnAddressForwardedByAnUnknownMachine_IsIgnored()
    {
        const string stranger = "198.51.100.9";
        for (var i = 0; i < PerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(stranger, $"192.0.2.{i + 1}"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInAsync(stranger, "192.0.2.99"));
    }
}
