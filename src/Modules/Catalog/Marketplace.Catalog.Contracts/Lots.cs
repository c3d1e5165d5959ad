using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Catalog.Contracts;

public sealed record LotView(
    Guid LotId, string Code, DateOnly ProducedOn, DateOnly? ExpiresOn, string Commune, string Province, int Quantity, string QuantityUnit, string? Notes);

public sealed record AddLotCommand(
    Guid ProductId, string ActorEmail, string Code, DateOnly ProducedOn, DateOnly? ExpiresOn, string Commune, string Province, int Quantity, string QuantityUnit, string? Notes)
    : ICommand<Result<LotView>>;

/// <summary>
/// What a lot's public page shows, as Vietnam's traceability rules ask: the product and its
/// picture, the producer with address, production date, lot code, expiry and certificates.
/// </summary>
public sealed record LotTrace(
    LotView Lot,
    Guid ProductId,
    string ProductName,
    string? ProductNameEnglish,
    string? ImageUrl,
    string ProducerName,
    string ProducerSlug,
    string ProducerAddress,
    string ProducerProvince,
    string ProducerPhone,
    IReadOnlyList<CertificationBadge> Certificates);

/// <summary>A lot's traceability, by the code printed on the package; public.</summary>
public sealed record GetLotTraceQuery(string Code) : IQuery<Result<LotTrace>>;
