using global::Stripe;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Marketplace.Payments.Stripe;

/// <summary>
/// The Stripe calls Payments makes, through the real Stripe.net client on an HttpClient whose
/// resilience pipeline (see <see cref="StripeRegistration"/>) retries transient failures. Every
/// call carries an idempotency key that names what it does ("pi-{order}", "re-{refund}"), so a
/// retry, by the pipeline or by a person clicking again, is the same call to Stripe and never
/// charges or pays twice. Stripe's refusals become errors; its silence becomes "unavailable".
/// </summary>
internal sealed partial class StripeGateway(IStripeClient client, IOptions<StripeOptions> options, ILogger<StripeGateway> logger)
{
    public bool Enabled => options.Value.CardsEnabled;

    public string PublishableKey => options.Value.PublishableKey ?? string.Empty;

    public Task<Result<PaymentIntent>> CreatePaymentIntentAsync(
        OrderId orderId, string orderNumber, long amountVnd, string buyerEmail, CancellationToken cancellationToken) =>
        CallAsync(() => new PaymentIntentService(client).CreateAsync(
            new PaymentIntentCreateOptions
            {
                Amount = amountVnd, // VND is zero-decimal: whole đồng
                Currency = "vnd",
                AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
                Description = $"Đơn hàng {orderNumber}",
                ReceiptEmail = buyerEmail,
                Metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["order_id"] = orderId.ToString(), ["order_number"] = orderNumber },
            },
            new RequestOptions { IdempotencyKey = $"pi-{orderId}-{amountVnd}" },
            cancellationToken));

    /// <summary>A pre-order's deposit: keyed by the reservation and the amount still owed, so a reload gets the same intent.</summary>
    public Task<Result<PaymentIntent>> CreateDepositIntentAsync(
        Guid reservationId, string reference, long amountVnd, string buyerEmail, CancellationToken cancellationToken) =>
        CallAsync(() => new PaymentIntentService(client).CreateAsync(
            new PaymentIntentCreateOptions
            {
                Amount = amountVnd,
                Currency = "vnd",
                AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
                Description = $"Tiền cọc đặt trước {reference}",
                ReceiptEmail = buyerEmail,
                Metadata = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [DepositMetadata.ReservationId] = reservationId.ToString(),
                    [DepositMetadata.Reference] = reference,
                },
            },
            new RequestOptions { IdempotencyKey = $"pi-dep-{reservationId}-{amountVnd}" },
            cancellationToken));

    public Task<Result<PaymentIntent>> GetPaymentIntentAsync(string id, CancellationToken cancellationToken) =>
        CallAsync(() => new PaymentIntentService(client).GetAsync(id, cancellationToken: cancellationToken));

    public Task<Result<PaymentIntent>> CancelPaymentIntentAsync(string id, CancellationToken cancellationToken) =>
        CallAsync(() => new PaymentIntentService(client).CancelAsync(
            id,
            new PaymentIntentCancelOptions { CancellationReason = "abandoned" },
            new RequestOptions { IdempotencyKey = $"pi-cancel-{id}" },
            cancellationToken));

    public Task<Result<global::Stripe.Refund>> RefundAsync(Guid refundId, string paymentIntentId, long amountVnd, CancellationToken cancellationToken) =>
        CallAsync(() => new RefundService(client).CreateAsync(
            new RefundCreateOptions
            {
                PaymentIntent = paymentIntentId,
                Amount = amountVnd,
                Reason = "requested_by_customer",
                Metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["refund_id"] = refundId.ToString() },
            },
            new RequestOptions { IdempotencyKey = $"re-{refundId}" },
            cancellationToken));

    /// <summary>
    /// The refund made under <paramref name="refundId"/> on an intent, if Stripe has one: Stripe keeps an idempotency key
    /// for a day only, so a refund asked again later is looked for by the id it carries before it is asked for anew.
    /// </summary>
    public async Task<Result<global::Stripe.Refund?>> FindRefundAsync(Guid refundId, string paymentIntentId, CancellationToken cancellationToken)
    {
        var listed = await CallAsync(() => new RefundService(client).ListAsync(
            new RefundListOptions { PaymentIntent = paymentIntentId, Limit = 100 }, cancellationToken: cancellationToken));
        return listed.IsSuccess
            ? listed.Value.Data.FirstOrDefault(r => r.Metadata?.GetValueOrDefault("refund_id") == refundId.ToString())
            : listed.Error!;
    }

    public Task<Result<Transfer>> TransferAsync(
        Guid payoutLineId, string destination, long amountVnd, string batchNumber, CancellationToken cancellationToken) =>
        CallAsync(() => new TransferService(client).CreateAsync(
            new TransferCreateOptions
            {
                Amount = amountVnd,
                Currency = "vnd",
                Destination = destination,
                TransferGroup = batchNumber,
                Metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["payout_line_id"] = payoutLineId.ToString() },
            },
            new RequestOptions { IdempotencyKey = $"tr-{payoutLineId}" },
            cancellationToken));

    private async Task<Result<T>> CallAsync<T>(Func<Task<T>> call)
    {
        if (!Enabled)
        {
            return Error.Rule("payment.cards_not_offered", Bilingual.Pick("Chưa cấu hình thanh toán bằng thẻ.", "Card payments are not configured."));
        }

        try
        {
            return await call();
        }
        catch (StripeException ex) when (ex.HttpStatusCode is >= System.Net.HttpStatusCode.BadRequest and < System.Net.HttpStatusCode.InternalServerError
            and not System.Net.HttpStatusCode.Conflict and not System.Net.HttpStatusCode.TooManyRequests)
        {
            LogRefused(logger, ex, (int)ex.HttpStatusCode, ex.StripeError?.Code);
            return Error.Rule("payment.stripe_refused", Bilingual.Pick(
                $"Stripe từ chối yêu cầu: {ex.StripeError?.Message ?? ex.Message}",
                $"Stripe refused the request: {ex.StripeError?.Message ?? ex.Message}"));
        }
        // A 409 (the same idempotency key still being carried out) or a 429 (too many requests) is not a refusal: the call may
        // yet go through, so it is "try again", never "this was refused" (which would let a caller undo what Stripe may still do).
        catch (Exception ex) when (ex is StripeException or HttpRequestException or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException)
        {
            LogUnavailable(logger, ex);
            return Error.Unavailable("payment.stripe_unavailable", Bilingual.Pick(
                "Không kết nối được cổng thanh toán. Chưa có khoản nào bị trừ; vui lòng thử lại sau ít phút.",
                "The payment service did not answer. Nothing was charged; please try again in a few minutes."));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe refused a request with {Status} ({Code})")]
    private static partial void LogRefused(ILogger logger, Exception exception, int status, string? code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stripe did not answer after the retries")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}

/// <summary>The metadata a deposit's intent carries: how the webhook and the return page find its reservation.</summary>
internal static class DepositMetadata
{
    public const string ReservationId = "reservation_id";

    public const string Reference = "reservation_reference";
}
