using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Robustness;

/// <summary>
/// Every operation of our own OpenAPI document, sent what an attacker or a broken client sends:
/// charsets .NET cannot decode, multipart bodies without a boundary, control characters (NUL) in
/// path and query parameters, and JSON bodies with each field (and the whole body) replaced by the wrong
/// thing. Whatever the operation does with it, the answer is a 4xx (or a success), never a 500.
/// Runs on SQLite and, in the test command's second pass, on PostgreSQL.
/// </summary>
public sealed class OpenApiFuzzTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static readonly string[] WholeBodies = ["", "null", "[]", "{", "{}", "\"\"", "0", "{\"a\":" + new string('[', 70) + new string(']', 70) + "}"];

    private static readonly JsonNode?[] FieldValues =
    [
        null, JsonValue.Create("a\u0000b"), JsonValue.Create(string.Empty), JsonValue.Create(new string('x', 5_000)),
        JsonValue.Create(-1), JsonValue.Create(1e20), JsonValue.Create(long.MaxValue), JsonValue.Create(true),
        JsonValue.Create("not-a-guid-or-date"), new JsonArray(), new JsonArray((JsonNode?)null), new JsonObject(),
    ];

    [Fact]
    public async Task EveryOperation_AnswersBadInputWithAProblem_NeverA500()
    {
        var admin = await factory.AdminAsync();
        var cooperative = await factory.ApprovedCooperativeAsync();
        var (buyer, _) = await factory.VerifiedBusinessBuyerAsync();
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]?["schemas"] as JsonObject ?? [];

        var requests = 0;
        var failures = new List<string>();
        async Task SendAsync(HttpClient client, HttpMethod method, string url, HttpContent? content, string what, int? expected = null)
        {
            using var request = new HttpRequestMessage(method, url) { Content = content };
            using var response = await client.SendAsync(request);
            requests++;
            var status = (int)response.StatusCode;
            if (status >= 500 || (expected is { } e && status != e))
            {
                failures.Add($"{method} {url} {what}: {status}");
            }
            else if (status >= 400 && response.Content.Headers.ContentType?.MediaType is { } type && url.StartsWith("/api/", StringComparison.Ordinal)
                && type != "application/problem+json")
            {
                failures.Add($"{method} {url} {what}: {status} as {type}, not problem details");
            }
        }

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (verb, operationNode) in item!.AsObject())
            {
                var operation = operationNode!.AsObject();
                var method = new HttpMethod(verb.ToUpperInvariant());
                var client = path.StartsWith("/api/v1/admin", StringComparison.Ordinal) ? admin
                    : path.StartsWith("/api/v1/cooperatives", StringComparison.Ordinal) ? cooperative.Owner
                    : buyer;
                var parameters = (operation["parameters"] as JsonArray ?? []).Select(p => p!.AsObject()).ToList();
                var url = Url(path, parameters, schemas, poison: null);

                await SendAsync(client, method, url, Body("{}", "application/json; charset=x-no-such-charset"), "unknown charset", 415);
                await SendAsync(client, method, url, Body("--x\r\n\r\n--x--", "multipart/form-data"), "multipart without boundary", 400);
                await SendAsync(client, method, url, Body("--x\r\n\r\n--x--", "multipart/form-data; boundary="), "multipart with empty boundary", 400);
                foreach (var parameter in parameters.Where(p => (string?)p["in"] is "path" or "query"))
                {
                    await SendAsync(
                        client, method, Url(path, parameters, schemas, poison: (string)parameter["name"]!), null,
                        $"control character in {parameter["name"]}", 400);
                }

                var content = operation["requestBody"]?["content"]?.AsObject();
                if (content?["application/json"]?["schema"] is { } bodySchema)
                {
                    foreach (var whole in WholeBodies)
                    {
                        await SendAsync(client, method, url, Body(whole, "application/json"), $"body {Shorten(whole)}");
                    }

                    var sample = Sample(bodySchema, schemas, depth: 0);
                    await SendAsync(client, method, url, Body(sample?.ToJsonString() ?? "null", "application/json"), "sample body");
                    if (sample is JsonObject fields)
                    {
                        foreach (var name in fields.Select(f => f.Key).ToList())
                        {
                            foreach (var value in FieldValues)
                            {
                                var mutated = fields.DeepClone().AsObject();
                                mutated[name] = value?.DeepClone();
                                await SendAsync(
                                    client, method, url, Body(mutated.ToJsonString(), "application/json"),
                                    $"{name}={Shorten(value?.ToJsonString() ?? "null")}");
                            }

                            var without = fields.DeepClone().AsObject();
                            without.Remove(name);
                            await SendAsync(client, method, url, Body(without.ToJsonString(), "application/json"), $"without {name}");
                        }
                    }
                }

                if (content?.Any(c => c.Key.StartsWith("multipart/", StringComparison.Ordinal)) == true)
                {
                    foreach (var (fileName, bytes) in HostileFiles())
                    {
                        var form = new MultipartFormDataContent();
                        var file = new ByteArrayContent(bytes);
                        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

                        // Written by hand: HttpClient would refuse to send some of these names itself.
                        file.Headers.TryAddWithoutValidation(
                            "Content-Disposition", $"form-data; name=\"file\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}");
                        form.Add(file);
                        await SendAsync(client, method, url, form, $"file {Shorten(fileName)}");
                    }
                }
            }
        }

        TestContext.Current.SendDiagnosticMessage(
            $"OpenAPI fuzz: {requests} requests over {document["paths"]!.AsObject().Count} paths, {failures.Count} wrong answers");
        Assert.True(requests > 1_000, $"only {requests} requests");
        Assert.Empty(failures);
    }

    private static StringContent Body(string text, string contentType)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType); // sent as is, broken or not
        return content;
    }

    private static IEnumerable<(string Name, byte[] Content)> HostileFiles()
    {
        yield return ("../../etc/passwd.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 not really"));
        yield return ("empty.png", []);
        yield return ("x\u0000y.jpg", [0xFF, 0xD8, 0xFF, 0x00]);
        yield return (new string('a', 400) + ".csv", Encoding.UTF8.GetBytes("sku,quantity\nX,1\n"));
        yield return ("%2e%2e%2fsecret.csv", [0xC3, 0x28, 0xA0, 0xA1]);
    }

    private static string Url(string path, List<JsonObject> parameters, JsonObject schemas, string? poison)
    {
        var url = new StringBuilder(path);
        var query = new List<string>();
        foreach (var parameter in parameters)
        {
            var name = (string)parameter["name"]!;
            // Kestrel itself refuses a NUL in the path (as does the test server's client): U+0001 there.
            var value = name != poison ? Scalar(parameter["schema"], schemas) : (string?)parameter["in"] == "path" ? "a\u0001b" : "a\u0000b";
            if ((string?)parameter["in"] == "path")
            {
                url.Replace("{" + name + "}", Uri.EscapeDataString(value));
            }
            else if ((string?)parameter["in"] == "query" && (name == poison || parameter["required"]?.GetValue<bool>() == true))
            {
                query.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}");
            }
        }

        return query.Count == 0 ? url.ToString() : url + "?" + string.Join('&', query);
    }

    private static string Scalar(JsonNode? schema, JsonObject schemas) =>
        Sample(schema, schemas, 0) switch
        {
            JsonValue value => value.ToString(),
            _ => "x",
        };

    /// <summary>A plausible value of the schema: the body a careless but well-meaning client would send.</summary>
    private static JsonNode? Sample(JsonNode? schema, JsonObject schemas, int depth)
    {
        if (schema is not JsonObject s || depth > 6)
        {
            return null;
        }

        if ((string?)s["$ref"] is { } reference)
        {
            return Sample(schemas[reference.Split('/')[^1]], schemas, depth + 1);
        }

        if (s["enum"] is JsonArray values && values.Count > 0)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }

        foreach (var key in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (s[key] is JsonArray options && options.FirstOrDefault(o => (string?)o?["type"] != "null") is { } option)
            {
                return Sample(option, schemas, depth + 1);
            }
        }

        var type = s["type"] switch
        {
            JsonArray types => types.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
            JsonValue single => (string?)single,
            _ => s["properties"] is not null ? "object" : null,
        };
        var format = (string?)s["format"];
        return type switch
        {
            "object" => new JsonObject((s["properties"] as JsonObject ?? [])
                .Select(p => KeyValuePair.Create(p.Key, Sample(p.Value, schemas, depth + 1)))),
            "array" => new JsonArray(Sample(s["items"], schemas, depth + 1)),
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(true),
            "string" => format switch
            {
                "uuid" => JsonValue.Create(Guid.NewGuid().ToString()),
                "date" => JsonValue.Create("2026-12-01"),
                "date-time" => JsonValue.Create("2026-12-01T08:00:00Z"),
                "email" => JsonValue.Create("x@example.vn"),
                _ when s["pattern"] is not null && ((string?)s["pattern"])!.Contains("\\d", StringComparison.Ordinal) => JsonValue.Create("1"),
                _ => JsonValue.Create("x"),
            },
            _ => null,
        };
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";
}
