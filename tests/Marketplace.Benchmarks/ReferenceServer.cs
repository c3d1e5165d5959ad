using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Marketplace.Benchmarks;

/// <summary>
/// The ceiling our pages are measured against, not part of the product: a minimal ASP.NET Core app
/// in a process of its own, serving TechEmpower's "Fortunes" (the 12 rows of a table in the same
/// database, one more added at request time, sorted, HTML-encoded and rendered into a table) and a
/// static page as large as our search page. Started by <see cref="PagesBenchmark"/> as
/// <c>Marketplace.Benchmarks --reference-server --urls … --provider … --connection … --static-bytes N</c>.
/// </summary>
internal static class ReferenceServer
{
    private const string Table = "bench_fortunes";

    /// <summary>Our own twelve messages, in the spirit of the original set: markup and accents to encode.</summary>
    private static readonly string[] Messages =
    [
        "Chè ngon phải có nước ngon.",
        "A computer scientist is someone who fixes things that aren't broken.",
        "<script>alert(\"Trà Shan Tuyết mới hái\");</script>",
        "Ăn quả nhớ kẻ trồng cây.",
        "Mắc ca & nhãn lồng: giao tận nơi.",
        "After enough decimal places, nobody gives a damn.",
        "Một cây làm chẳng nên non, ba cây chụm lại nên hòn núi cao.",
        "Feature: A bug with seniority.",
        "フレームワークのベンチマーク",
        "Any program that runs right is obsolete.",
        "Hợp tác xã 'Đồi Chè' – \"100 %\" hữu cơ.",
        "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen",
    ];

    /// <summary>Creates and fills the reference's table in the benchmark's database, once per run.</summary>
    public static async Task SeedAsync(string provider, string connectionString)
    {
        await using var connection = Open(provider, connectionString);
        await connection.OpenAsync();
        await using var create = connection.CreateCommand();
        create.CommandText = $"CREATE TABLE {Table} (id integer PRIMARY KEY, message varchar(2048) NOT NULL)";
        await create.ExecuteNonQueryAsync();
        for (var i = 0; i < Messages.Length; i++)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {Table} (id, message) VALUES ({i + 1}, @message)";
            var message = insert.CreateParameter();
            message.ParameterName = "@message";
            message.Value = Messages[i];
            insert.Parameters.Add(message);
            await insert.ExecuteNonQueryAsync();
        }
    }

    public static async Task RunAsync(string[] args)
    {
        string Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault()
            ?? throw new ArgumentException($"{name} is required.");
        var provider = Value("--provider");
        var connectionString = Value("--connection");
        var page = StaticPage(int.Parse(Value("--static-bytes"), CultureInfo.InvariantCulture));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(Value("--urls"));
        var app = builder.Build();
        app.MapGet("/static", () => Results.Bytes(page, "text/html; charset=utf-8"));
        app.MapGet("/fortunes", async (HttpContext http) =>
        {
            var fortunes = new List<(int Id, string Message)>(Messages.Length + 1);
            await using (var connection = Open(provider, connectionString))
            {
                await connection.OpenAsync(http.RequestAborted);
                await using var select = connection.CreateCommand();
                select.CommandText = $"SELECT id, message FROM {Table}";
                await using var reader = await select.ExecuteReaderAsync(http.RequestAborted);
                while (await reader.ReadAsync(http.RequestAborted))
                {
                    fortunes.Add((reader.GetInt32(0), reader.GetString(1)));
                }
            }

            fortunes.Add((0, "Additional fortune added at request time."));
            fortunes.Sort((a, b) => string.CompareOrdinal(a.Message, b.Message));
            var html = new StringBuilder("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>");
            foreach (var (id, message) in fortunes)
            {
                html.Append("<tr><td>").Append(id.ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                    .Append(HtmlEncoder.Default.Encode(message)).Append("</td></tr>");
            }

            html.Append("</table></body></html>");
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(html.ToString(), http.RequestAborted);
        });
        await app.RunAsync();
    }

    private static DbConnection Open(string provider, string connectionString) =>
        provider == "Sqlite" ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);

    /// <summary>A page of plain HTML of exactly <paramref name="bytes"/> bytes.</summary>
    private static byte[] StaticPage(int bytes)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Static</title></head><body>");
        while (html.Length < bytes - 32)
        {
            html.Append("<p>Trang tĩnh cùng cỡ trang tìm kiếm.</p>\n");
        }

        html.Append("</body></html>");
        var page = Encoding.UTF8.GetBytes(html.ToString());
        return page.Length >= bytes ? page[..bytes] : [.. page, .. Enumerable.Repeat((byte)' ', bytes - page.Length)];
    }
}
