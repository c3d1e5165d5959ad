using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Domain;

/// <summary>
/// A harvest or processing lot: what a QR code on a package points to. Its public page carries
/// what Vietnam's traceability rules ask for: product, producer and address, production date,
/// lot code, expiry and certificates.
/// </summary>
internal sealed class Lot
{
    private Lot()
    {
    }

    public Lot(Guid id, ProductId productId, CooperativeId cooperativeId, LotFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Id = id;
        ProductId = productId;
        CooperativeId = cooperativeId;
        Code = facts.Code;
        ProducedOn = facts.ProducedOn;
        ExpiresOn = facts.ExpiresOn;
        Commune = facts.Commune;
        Province = facts.Province;
        Quantity = facts.Quantity;
        QuantityUnit = facts.QuantityUnit;
        Notes = facts.Notes;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public ProductId ProductId { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    /// <summary>Unique across the marketplace, printed on packages (e.g. "SG-2026-03").</summary>
    public string Code { get; private set; } = string.Empty;

    /// <summary>The harvest or processing date.</summary>
    public DateOnly ProducedOn { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public string Commune { get; private set; } = string.Empty;

    public string Province { get; private set; } = string.Empty;

    public int Quantity { get; private set; }

    public SaleUnit QuantityUnit { get; private set; }

    public string? Notes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the lot was recalled: its page says so to anyone who scans it, and nothing more ships from it.</summary>
    public DateTimeOffset? RecalledAt { get; private set; }

    /// <summary>Why, in the cooperative's words, as every buyer of the lot reads it.</summary>
    public string? RecallReason { get; private set; }

    /// <summary>A recall is final: a lot found safe again is a new lot with a new code, so its buyers are never told twice.</summary>
    public Result<Done> Recall(string reason, DateTimeOffset now)
    {
        if (RecalledAt is not null)
        {
            return Error.Conflict("lot.already_recalled", Bilingual.Pick($"Lô {Code} đã được thu hồi.", $"The lot {Code} is already recalled."));
        }

        RecalledAt = now;
        RecallReason = reason;
        return Done.Value;
    }
}

internal sealed record LotFacts(
    string Code, DateOnly ProducedOn, DateOnly? ExpiresOn, string Commune, string Province, int Quantity, SaleUnit QuantityUnit, string? Notes);
