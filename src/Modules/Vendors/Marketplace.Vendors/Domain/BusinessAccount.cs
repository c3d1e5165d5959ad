using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Vendors.Domain;

/// <summary>
/// The company a business buyer (supermarket, hotel, exporter) purchases for. Only once an
/// admin verifies it does its person get volume prices, bulk orders and quotations.
/// </summary>
internal sealed class BusinessAccount
{
    private BusinessAccount()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The person who buys for the company: their account.</summary>
    public UserId AccountId { get; private set; }

    /// <summary>The person's e-mail when they registered the company, for the admins who review it.</summary>
    public string AccountEmail { get; private set; } = string.Empty;

    /// <summary>The person's account while the business account counts (pending or verified): unique, one at a time.</summary>
    public UserId? ActiveAccountId { get; private set; }

    public string CompanyName { get; private set; } = string.Empty;

    public string TaxCode { get; private set; } = string.Empty;

    public string Address { get; private set; } = string.Empty;

    public string ContactPerson { get; private set; } = string.Empty;

    public string Phone { get; private set; } = string.Empty;

    public BusinessAccountStatus Status { get; private set; }

    public string? DecisionReason { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid Version { get; private set; }

    public static BusinessAccount Register(
        Guid id, UserId accountId, string accountEmail, string companyName, string taxCode, string address, string contactPerson, string phone,
        DateTimeOffset now) =>
        new()
        {
            Id = id,
            AccountId = accountId,
            AccountEmail = accountEmail,
            ActiveAccountId = accountId,
            CompanyName = companyName,
            TaxCode = taxCode,
            Address = address,
            ContactPerson = contactPerson,
            Phone = phone,
            Status = BusinessAccountStatus.Pending,
            RegisteredAt = now,
            Version = Guid.NewGuid(),
        };

    public Result<(BusinessAccountStatus Before, IIntegrationEvent? Raised)> Decide(BusinessAccountDecision decision, string? reason, DateTimeOffset now)
    {
        if (Status != BusinessAccountStatus.Pending)
        {
            return Error.Rule("business_account.already_decided", Bilingual.Pick(
                "Tài khoản doanh nghiệp này đã được xét rồi.",
                "This business account has already been decided."));
        }

        var before = Status;
        DecidedAt = now;
        Version = Guid.NewGuid();
        if (decision == BusinessAccountDecision.Reject)
        {
            Status = BusinessAccountStatus.Rejected;
            DecisionReason = reason;
            ActiveAccountId = null; // may register again, corrected
            return (before, null);
        }

        Status = BusinessAccountStatus.Verified;
        return (before, new BusinessBuyerVerifiedIntegrationEvent(Guid.NewGuid(), now, Id, AccountEmail, CompanyName, TaxCode));
    }
}
