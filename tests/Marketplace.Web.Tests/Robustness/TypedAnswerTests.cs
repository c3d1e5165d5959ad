using System.Reflection;
using System.Text.Json.Nodes;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Robustness;

/// <summary>
/// Every API endpoint's handler names what it answers in its type (Ok&lt;T&gt;, a problem, a file…),
/// so the OpenAPI document is made from the code that answers and cannot drift from it. A
/// handler typed as a bare IResult says nothing the document could use.
/// </summary>
public sealed class TypedAnswerTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public void EveryApiHandler_ReturnsATypedResult()
    {
        var handlers = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Select(e => (Route: e.DisplayName ?? e.RoutePattern.RawText!, Method: e.Metadata.GetMetadata<MethodInfo>()))
            .Where(e => e.Method is not null)
            .ToList();

        Assert.True(handlers.Count > 50, $"only {handlers.Count} API handlers found");
        var untyped = handlers.Where(h => Answer(h.Method!.ReturnType) is var t && (t == typeof(IResult) || t == typeof(object))).Select(h => h.Route).ToList();
        Assert.True(untyped.Count == 0, "Handlers typed as a bare IResult:\n" + string.Join("\n", untyped));
    }

    [Fact]
    public async Task TheOpenApiDocument_NamesTheSuccessBody_OfEveryJsonOperation()
    {
        // Operations answering a JSON body name its schema: Ok<T> put it there, not a hand-written
        // Produces<T>() that could name another type.
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var missing = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (verb, operation) in item!.AsObject())
            {
                foreach (var status in new[] { "200", "201" })
                {
                    if (operation!["responses"]?[status]?["content"]?["application/json"] is { } json && json["schema"] is null)
                    {
                        missing.Add($"{verb} {path} {status}");
                    }
                }
            }
        }

        Assert.Empty(missing);
    }

    private static Type Answer(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;
}
