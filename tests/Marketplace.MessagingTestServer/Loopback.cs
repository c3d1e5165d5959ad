using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.MessagingTestServer;

/// <summary>What the stand-ins share: a slim host on a free loopback port, lenient JSON in, JSON out, one client for their callbacks.</summary>
public static class Loopback
{
    public const string OutageBody = """{"message":"Simulated outage."}""";

    // One client for every webhook and callback: a client per call would use up sockets across a test run.
    public static HttpClient Http { get; } = new();

    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>Starts <paramref name="app"/> with one handler for every request and returns the address the OS gave it.</summary>
    public static async Task<string> StartAsync(WebApplication app, RequestDelegate handler)
    {
        app.Run(handler);
        await app.StartAsync();
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>The body as a JSON object, or null when it is not one, so that each stand-in answers that as its real API does.</summary>
    public static async Task<JsonObject?> ReadJsonAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        try
        {
            return JsonNode.Parse(await reader.ReadToEndAsync()) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string or number as text, anything else as null: both APIs document strings but take numbers too.</summary>
    public static string? Text(JsonNode? node) => node is not JsonValue value ? null : value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };

    public static Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body);
    }
}
