using System.Security.Claims;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Ordering.Features.Remittances;

/// <summary>The carriers' cash-on-delivery statements, for the alliance's admins (bearer token).</summary>
internal static class RemittanceEndpoints
{
    public static void MapRemittanceEndpoints(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin/remittances").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        admin.MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetRemittancesQuery(), cancellationToken)))
            .WithName("GetRemittances")
            .WithSummary("The cash still with the carriers (delivered parcels whose cash no statement has settled) and the last statements imported.");
        admin.MapPost("/", async (HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
                if (form?.Files.Count != 1)
                {
                    return UploadProblems.OneFileExpected();
                }

                var named = form["carrier"].ToString();
                var carrier = DeliveryCarrier.Ghtk;
                if (named.Length > 0 && !(Enum.TryParse(named, ignoreCase: true, out carrier) && carrier != DeliveryCarrier.Own && Enum.IsDefined(carrier)))
                {
                    return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
                    {
                        ["carrier"] = [Bilingual.Pick("Hãng vận chuyển là Ghn, Ghtk hoặc ViettelPost.", "The carrier is Ghn, Ghtk or ViettelPost.")],
                    }).ToValidationProblem();
                }

                var file = (await UploadedFiles.ReadAsync(form.Files, cancellationToken))[0];
                return (await sender.Send(new ImportRemittanceCommand(carrier, file, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok);
            })
            .DisableAntiforgery() // bearer tokens only
            .WithName("ImportRemittance")
            .WithSummary("Imports a carrier's cash-on-delivery statement (carrier: Ghtk, the default; file: Excel .xlsx or CSV UTF-8 with a "
                + "tracking code column, a cash column and the charges' columns) and settles each delivered or returned parcel it names once.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem();
    }
}
