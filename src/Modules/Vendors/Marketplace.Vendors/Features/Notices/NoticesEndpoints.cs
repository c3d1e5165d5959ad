using System.Security.Claims;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features.Notices;

/// <summary>A person's notification centre and where else their notices go (bearer token).</summary>
internal static class NoticesEndpoints
{
    public static void MapNoticesApi(this IEndpointRouteBuilder api)
    {
        var notices = api.MapGroup("/notices").WithTags("Notifications").RequireAuthorization(AuthorizationPolicies.Api);
        notices.MapGet("/", async (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListNoticesQuery(user.UserId()), cancellationToken)))
            .WithName("ListNotices")
            .WithSummary("The latest 50 notices (new orders, requests for quotation, low stock …), the unread count, and what was sent by Zalo or SMS.");
        notices.MapPost("/read", async (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(new { marked = await sender.Send(new MarkNoticesReadCommand(user.UserId()), cancellationToken) }))
            .WithName("MarkNoticesRead");
        notices.MapGet("/settings", async (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetNoticeSettingsQuery(user.UserId()), cancellationToken)))
            .WithName("GetNoticeSettings");
        notices.MapPut("/settings", async (NoticeSettingsRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new ChangeNoticeSettingsCommand(user.UserId(), request.Phone, request.Zalo, request.Sms, request.QuietFrom, request.QuietUntil),
                    cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ChangeNoticeSettings")
            .WithSummary("The mobile number (any Vietnamese form: 0912 345 678, +84 912 345 678), Zalo and/or SMS, and quiet hours "
                + "(Vietnam time, e.g. 21:30 to 06:30) when messages wait until the end.")
            .ProducesValidationProblem();
    }
}

internal sealed record NoticeSettingsRequest(
    string? Phone = null, bool Zalo = false, bool Sms = false, TimeOnly? QuietFrom = null, TimeOnly? QuietUntil = null);
