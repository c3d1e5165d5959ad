using Marketplace.Payments.Features.Payments;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features.Webhooks;

/// <summary>Stripe's signed events.</summary>
internal static class StripeWebhookEndpoint
{
    public static void MapStripeWebhook(this IEndpointRouteBuilder api) =>
        api.MapPost("/payments/stripe/webhook", async (HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                // The signature is over the exact bytes Stripe sent: read them as they are.
                using var reader = new StreamReader(request.Body);
                var payload = await reader.ReadToEndAsync(cancellationToken);
                return (await sender.Send(new HandleStripeWebhookCommand(payload, request.Headers["Stripe-Signature"].ToString()), cancellationToken))
                    .ToHttpResult(TypedResults.Ok);
            })
            .AllowAnonymous()
            .DisableAntiforgery() // Stripe signs the body instead
            .WithTags("Payments")
            .WithName("StripeWebhook")
            .WithSummary("Stripe's events (payment_intent.succeeded, payment_intent.payment_failed), signed with the endpoint's secret; "
                + "each event counts once.")
            .ProducesValidationProblem();
}
