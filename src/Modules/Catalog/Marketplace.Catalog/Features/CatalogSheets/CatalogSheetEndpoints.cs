using System.Security.Claims;
using Marketplace.Catalog.Features.Feeds;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Catalog.Features.CatalogSheets;

/// <summary>The catalog as a spreadsheet: the template, the export, and the import (checked, then applied).</summary>
internal static class CatalogSheetEndpoints
{
    private const long MaxRequestBytes = UploadedFile.MaxDocumentBytes + 64 * 1024;

    public static void MapCatalogSheets(this IEndpointRouteBuilder api)
    {
        var catalog = api.MapGroup("/cooperatives/{cooperativeId:guid}/catalog")
            .WithTags("Product management")
            .RequireAuthorization(AuthorizationPolicies.Api);
        catalog.MapGet("/template", (CooperativeId cooperativeId, string? format, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                FileAsync(sender, cooperativeId, user, format, template: true, cancellationToken))
            .WithName("CatalogTemplate")
            .WithSummary("The spreadsheet to fill in: ?format=xlsx (products, lots and a guide), products.csv or lots.csv.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        catalog.MapGet("/export", (CooperativeId cooperativeId, string? format, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                FileAsync(sender, cooperativeId, user, format, template: false, cancellationToken))
            .WithName("ExportCatalog")
            .WithSummary("The cooperative's products, variants, prices, stock and lots in the template's form, to edit and import back.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        catalog.MapGet("/channels/{channel}", async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> (
                CooperativeId cooperativeId, string channel, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                Channel(channel) is { } known
                    ? (await sender.Send(new ExportToChannelQuery(cooperativeId, user.UserId(), known), cancellationToken))
                        .ToHttpResult(file => TypedResults.File(file.Content, file.ContentType, file.FileName))
                    : TypedResults.Problem(
                        statusCode: StatusCodes.Status404NotFound,
                        title: SharedKernel.Text.Bilingual.Pick("Không có sàn này: shopee, lazada hoặc tiki.", "No such channel: shopee, lazada or tiki.")))
            .WithName("ExportToChannel")
            .WithSummary("The cooperative's products on sale as the bulk-upload rows of Shopee, Lazada or Tiki (shopee, lazada, tiki): an .xlsx whose "
                + "first sheet holds the channel's field keys, names and whether each is required, then a row per variant the channel would take; "
                + "a second sheet lists the variants it would refuse and what to add.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        catalog.MapPost("/import", async Task<Results<Ok<CatalogImportReport>, ValidationProblem, ProblemHttpResult>> (
                CooperativeId cooperativeId, bool? apply, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                if (request.ContentLength > MaxRequestBytes)
                {
                    return UploadProblems.TooLarge("5 MB");
                }

                if (!request.HasFormContentType || (await request.ReadFormAsync(cancellationToken)).Files is not [var upload])
                {
                    return UploadProblems.OneFileExpected();
                }

                var file = (await UploadedFiles.ReadAsync([upload], cancellationToken))[0];
                return (await sender.Send(new ImportCatalogCommand(cooperativeId, user.UserId(), file, apply ?? false), cancellationToken))
                    .ToHttpResult(TypedResults.Ok);
            })
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .DisableAntiforgery() // bearer tokens only
            .WithName("ImportCatalog")
            .WithSummary("Checks a catalog file (one multipart file, .xlsx or UTF-8 CSV, at most 5 MB and 20,000 lines) and reports every line's "
                + "problem and every change; ?apply=true makes the changes, all or none: any problem is a 400 and nothing changes.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>"shopee", "Lazada", "TIKI": a channel by its name in any case; null for any other word (a number is not a channel).</summary>
    public static SalesChannel? Channel(string? name) =>
        Enum.TryParse<SalesChannel>(name, ignoreCase: true, out var channel) && Enum.IsDefined(channel) && !char.IsAsciiDigit(name![0]) ? channel : null;

    public static SheetFormat? Format(string? format) => format?.ToLowerInvariant() switch
    {
        null or "" or "xlsx" => SheetFormat.Xlsx,
        "csv" or "products.csv" => SheetFormat.ProductsCsv,
        "lots.csv" => SheetFormat.LotsCsv,
        _ => null,
    };

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> FileAsync(
        ISender sender, CooperativeId cooperativeId, ClaimsPrincipal user, string? format, bool template, CancellationToken cancellationToken)
    {
        if (Format(format) is not { } sheetFormat)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["format"] =
                [
                    SharedKernel.Text.Bilingual.Pick(
                        "Định dạng là xlsx, products.csv hoặc lots.csv.", "The format is xlsx, products.csv or lots.csv."),
                ],
            });
        }

        return (await sender.Send(new ExportCatalogQuery(cooperativeId, user.UserId(), sheetFormat, template), cancellationToken))
            .ToHttpResult(file => TypedResults.File(file.Content, file.ContentType, file.FileName));
    }
}
