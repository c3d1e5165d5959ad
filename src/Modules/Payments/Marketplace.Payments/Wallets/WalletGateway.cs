using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Http;
using Marketplace.SharedKernel.Results;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Payments.Wallets;

/// <summary>Where one attempt at a wallet stands, in the words every wallet's codes come down to.</summary>
internal enum WalletState
{
    /// <summary>Not paid yet, and it may still be: waiting for the shopper, being processed.</summary>
    Open,

    /// <summary>The money is taken.</summary>
    Paid,

    /// <summary>Ended unpaid for good: refused, cancelled, expired; the next attempt is a new one.</summary>
    Failed,

    /// <summary>The wallet has no payment under that id: nobody can pay it.</summary>
    Unknown,
}

/// <summary>
/// How one attempt stands, as a wallet tells it (in its signed notification, or its answer to a
/// query): the attempt's id, what it came to, the wallet's id of the money (what its refunds name),
/// and the wallet's own code and words, for the shopper and the logs.
/// </summary>
internal sealed record WalletResult(string WalletOrderId, WalletState State, long AmountVnd, long TransactionId, int Code, string Message)
{
    public bool Paid => State == WalletState.Paid;

    public bool Failed => State == WalletState.Failed;
}

/// <summary>
/// An attempt to open: its id, the amount, where the shopper comes back, where the wallet notifies,
/// the payment's deadline (no attempt should outlive it), and the shopper's address (VNPay asks for it).
/// </summary>
internal sealed record WalletAttempt(
    string WalletOrderId, long AmountVnd, string OrderNumber, string ReturnUrl, string NotifyUrl, string Language, DateTimeOffset PayBy, string ClientIp);

/// <summary>
/// Money to give back of the transaction <see cref="TransactionId"/>, under our own id
/// <see cref="RefundId"/> ("RF…", "RB…", "RS…"): asked again under it, the wallet gives it back once.
/// <see cref="FirstAskedAt"/> stays the same on every retry of a give-back, for wallets whose refund ids carry a date.
/// </summary>
internal sealed record WalletRefund(
    string RefundId, string PaymentWalletOrderId, long TransactionId, long AmountVnd, string OrderNumber, DateTimeOffset FirstAskedAt)
{
    /// <summary>The whole transaction given back (VNPay asks whether a refund is whole or partial).</summary>
    public bool Whole { get; init; }

    /// <summary>Unaccented, as the wallets show it in the shopper's history.</summary>
    public string Description => $"Hoan tien don {OrderNumber}";
}

/// <summary>
/// An e-wallet (MoMo, ZaloPay): open an attempt and send the shopper to its page, ask how an
/// attempt stands, and give money back. Each speaks its own published protocol and signs as its
/// provider asks; what they answer comes back in the same words (<see cref="WalletResult"/>), so that
/// paying, failing, the deadline sweep, refunds and give-backs are one piece of code for all of them.
/// Each wallet's notification has its own endpoint, as each signs differently.
/// </summary>
internal interface IWalletGateway
{
    PaymentMethod Method { get; }

    /// <summary>Configured: without its keys a wallet is not offered and never called.</summary>
    bool Enabled { get; }

    /// <summary>Our path the wallet posts its notifications to.</summary>
    string NotifyPath { get; }

    /// <summary>
    /// A new attempt's id for the payment <paramref name="reference"/>, in the shape the wallet takes
    /// (<see cref="WalletAttempts.Reference"/> reads it back).
    /// </summary>
    string NewAttemptId(string reference, DateTimeOffset now);

    /// <summary>Opens the attempt; answers the page (or app link) where the shopper approves it.</summary>
    Task<Result<string>> CreateAsync(WalletAttempt attempt, CancellationToken cancellationToken);

    /// <summary>How the attempt stands now; an answer about the request rather than the payment (maintenance) is no answer.</summary>
    Task<Result<WalletResult>> QueryAsync(string walletOrderId, CancellationToken cancellationToken);

    /// <summary>Gives the money back; answers the wallet's id of the refund.</summary>
    Task<Result<string>> RefundAsync(WalletRefund refund, CancellationToken cancellationToken);
}

/// <summary>The wallets configured, by payment method.</summary>
internal sealed class WalletGateways(IEnumerable<IWalletGateway> gateways)
{
    public IWalletGateway? For(PaymentMethod method) => gateways.FirstOrDefault(g => g.Method == method);

    public bool Enabled(PaymentMethod method) => For(method)?.Enabled == true;
}

internal static class WalletAttempts
{
    /// <summary>
    /// The payment reference an attempt's id names. Every wallet's id ends "{reference}-{token}"; a
    /// wallet that wants a date first (ZaloPay's "yymmdd_…") has it before an underscore, which
    /// references never hold.
    /// </summary>
    public static string Reference(string walletOrderId)
    {
        var start = walletOrderId.IndexOf('_', StringComparison.Ordinal) + 1;
        var dash = walletOrderId.LastIndexOf('-');
        return dash > start ? walletOrderId[start..dash] : walletOrderId[start..];
    }
}

internal static class WalletRegistration
{
    /// <summary>
    /// A wallet's gateway: its options bound from <paramref name="section"/>, its typed client behind
    /// Polly (<see cref="GatewayResilience"/>; the client's own timeout off, the pipeline's counts),
    /// and itself among the wallets (<see cref="WalletGateways"/>).
    /// </summary>
    public static IServiceCollection AddWalletGateway<TGateway, TOptions>(this IServiceCollection services, string section, string clientName)
        where TGateway : class, IWalletGateway
        where TOptions : class, IGatewayTimeouts
    {
        services.AddOptions<TOptions>().BindConfiguration(section);
        services.AddHttpClient<TGateway>(clientName, http => http.Timeout = Timeout.InfiniteTimeSpan).AddGatewayResilience<TOptions>();
        services.AddTransient<IWalletGateway>(provider => provider.GetRequiredService<TGateway>());
        return services;
    }
}

internal static class WalletCalls
{
    /// <summary>
    /// Sends a call to a wallet and reads its JSON answer. The wallets answer a refusal with a code
    /// in the body, under 200 or 400; a 5xx (after the retries), a body that is not their answer, or
    /// no answer at all (<see cref="GatewayResilience.Unanswered"/>) gives no answer: null, with the
    /// status or the exception for the caller's log.
    /// </summary>
    public static async Task<(T? Answer, int Status, Exception? Error)> ReadAsync<T>(
        Func<Task<HttpResponseMessage>> send, JsonSerializerOptions json, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            using var response = await send();
            var status = (int)response.StatusCode;
            return (status < 500 ? await response.Content.ReadFromJsonAsync<T>(json, cancellationToken) : null, status, null);
        }
        catch (Exception ex) when (GatewayResilience.Unanswered(ex, cancellationToken))
        {
            return (null, 0, ex);
        }
    }
}
