using System.Security.Claims;
using System.Text;
using Marketplace.Ordering.Features.Cart;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Ordering.Features.BulkOrders;

/// <summary>A verified business buyer's bulk order by file, for a purchasing system: the check, the cart, and the template.</summary>
internal static class BulkOrderEndpoints
{
    /// <summary>Room for the 1 MB file and its multipart framing; anything bigger is refused before it is read.</summary>
    private const long MaxRequestBytes = AddBulkOrderHandler.MaxBytes + 64 * 1024;

    public static void MapBulkOrderEndpoints(this IEndpointRouteBuilder api)
    {
        var bulk = api.MapGroup("/cart/bulk").WithTags("Bulk orders").RequireAuthorization(AuthorizationPolicies.Api);
        bulk.MapPost("/", async Task<Results<Ok<BulkOrderResult>, ValidationProblem, ProblemHttpResult>> (
                HttpRequest request, bool? checkOnly, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                if (!user.IsInRole(Roles.BulkBuyer))
                {
                    return Error.Forbidden("bulk.business_only", Bilingual.Pick(
                        "Đặt hàng theo tệp dành cho người mua doanh nghiệp đã được xác minh.",
                        "Ordering by file is for verified business buyers.")).ToProblemHttpResult();
                }

                if (request.ContentLength > MaxRequestBytes)
                {
                    return UploadProblems.TooLarge("1 MB");
                }

                var file = await ReadAsync(request, cancellationToken);
                return file is null
                    ? UploadProblems.OneFileExpected()
                    : (await sender.Send(new AddBulkOrderCommand(CartOwner.Person(user.UserId()), file, checkOnly ?? false), cancellationToken))
                        .ToHttpResult(TypedResults.Ok);
            })
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .DisableAntiforgery() // bearer tokens only
            .WithName("AddBulkOrder")
            .WithSummary("Checks a CSV of sku,quantity (one multipart file, or the CSV as a text/csv body) line by line "
                + "and puts the valid lines in the cart; ?checkOnly=true only checks. UTF-8, at most 1 MB and 5,000 lines.")
            .Accepts<IFormFile>("multipart/form-data", "text/csv", "text/plain")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        bulk.MapGet("/template.csv", () => TypedResults.File(Template, "text/csv; charset=utf-8", "don-hang-si.csv"))
            .AllowAnonymous()
            .WithName("BulkOrderTemplate")
            .WithSummary("A CSV to fill in: the sku and quantity columns, with two example lines.");
    }

    /// <summary>UTF-8 with a byte-order mark, so that a spreadsheet opens it as UTF-8.</summary>
    private static byte[] Template { get; } =
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("sku,quantity\r\nSG-STCT-200,20\r\nTP-MC-500,50\r\n")).ToArray();

    private static async Task<UploadedFile?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return form.Files.Count == 1 ? (await UploadedFiles.ReadAsync(form.Files, cancellationToken))[0] : null;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.Length == 0 ? null : new UploadedFile("lines.csv", buffer.ToArray());
    }
}
