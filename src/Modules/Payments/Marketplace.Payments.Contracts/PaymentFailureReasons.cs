using Marketplace.SharedKernel.Text;

namespace Marketplace.Payments.Contracts;

/// <summary>
/// Why a payment failed, as Payments stores it and sends it in <see cref="PaymentFailedIntegrationEvent.Reason"/>:
/// a key and, for a card, the provider's own words ("@payment.declined|Your card has insufficient funds."),
/// worded when shown, in the reader's language (or the order's, in a mail). Before, the text was
/// frozen in the language of whichever thread booked it: a webhook's, a background sweep's.
/// Anything else (text stored before, a person's words) is shown as it is.
/// </summary>
public static class PaymentFailureReasons
{
    public const string Expired = "@payment.expired";

    private const string DeclinedKey = "@payment.declined";

    private const string WalletDeclinedKey = "@payment.wallet_declined";

    /// <summary>The stored reason of a declined card, cut to the 500 characters a reason may take.</summary>
    public static string Declined(string? providerMessage) => WithWords(DeclinedKey, providerMessage);

    /// <summary>The stored reason of a wallet payment (MoMo, ZaloPay) that did not go through: refused, cancelled by the shopper, expired.</summary>
    public static string WalletDeclined(string? providerMessage) => WithWords(WalletDeclinedKey, providerMessage);

    private static string WithWords(string key, string? providerMessage)
    {
        var words = providerMessage?.Trim();
        var stored = string.IsNullOrEmpty(words) ? key : $"{key}|{words}";
        return stored.Length <= 500 ? stored : stored[..500];
    }

    private static readonly (string Key, string Vietnamese, string English)[] Declines =
    [
        (WalletDeclinedKey, "Ví điện tử chưa nhận thanh toán.", "The e-wallet did not take the payment."),
        (DeclinedKey, "Thẻ bị từ chối.", "The card was declined."),
    ];

    /// <summary>The reason in the current UI culture, or in <paramref name="culture"/> ("vi", "en") when given.</summary>
    public static string? Render(string? stored, string? culture = null)
    {
        if (stored is null || !stored.StartsWith('@'))
        {
            return stored;
        }

        string Pick(string vietnamese, string english) => culture is null ? Bilingual.Pick(vietnamese, english) : Bilingual.Pick(culture, vietnamese, english);
        if (stored == Expired)
        {
            return Pick("Không nhận được thanh toán đúng hạn.", "The payment did not come in time.");
        }

        foreach (var (key, vietnamese, english) in Declines)
        {
            if (stored.StartsWith(key, StringComparison.Ordinal))
            {
                var provider = stored.Length > key.Length + 1 ? stored[(key.Length + 1)..] : null;
                var declined = Pick(vietnamese, english);
                return provider is null ? declined : $"{declined} ({provider})";
            }
        }

        return stored;
    }
}
