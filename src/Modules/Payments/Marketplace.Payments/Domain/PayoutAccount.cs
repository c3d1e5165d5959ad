using Marketplace.SharedKernel;
namespace Marketplace.Payments.Domain;

/// <summary>
/// Where a cooperative's payouts go. A Stripe connected account counts only in a country Stripe pays out to
/// (see <see cref="StripeConnectCountries"/>).
/// </summary>
internal sealed class PayoutAccount
{
    private PayoutAccount()
    {
    }

    public PayoutAccount(CooperativeId cooperativeId) => CooperativeId = cooperativeId;

    public CooperativeId CooperativeId { get; private set; }

    public string BankName { get; private set; } = string.Empty;

    public string AccountNumber { get; private set; } = string.Empty;

    public string AccountHolder { get; private set; } = string.Empty;

    /// <summary>ISO 3166 alpha-2: "VN" for a bank account in Vietnam.</summary>
    public string Country { get; private set; } = "VN";

    public string? StripeAccountId { get; private set; }

    public bool PaidByStripe => StripeAccountId is not null && StripeConnectCountries.PaysOutTo(Country);

    public void Set(string bankName, string accountNumber, string accountHolder, string country, string? stripeAccountId)
    {
        BankName = bankName;
        AccountNumber = accountNumber;
        AccountHolder = accountHolder;
        Country = country;
        StripeAccountId = stripeAccountId;
    }
}

/// <summary>
/// Countries whose Stripe connected accounts can receive transfers and payouts (Stripe's list of
/// supported countries for Connect; Vietnam is not one, which is why the ledger is ours).
/// </summary>
internal static class StripeConnectCountries
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "AE", "AT", "AU", "BE", "BG", "BR", "CA", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GI", "GR",
        "HK", "HR", "HU", "IE", "IT", "JP", "LI", "LT", "LU", "LV", "MT", "MX", "MY", "NL", "NO", "NZ", "PL", "PT", "RO",
        "SE", "SG", "SI", "SK", "TH", "US",
    };

    public static bool PaysOutTo(string country) => Supported.Contains(country);
}
