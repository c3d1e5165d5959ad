using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>A signed-in person applies for their cooperative to sell on the marketplace.</summary>
public sealed record SubmitApplicationCommand(
    string ApplicantEmail,
    string LegalName,
    string RegistrationNumber,
    string TaxCode,
    string Province,
    string Commune,
    string Address,
    string ContactPerson,
    string Phone,
    string Email,
    string Story,
    string Culture,
    IReadOnlyList<UploadedFile> Documents) : ICommand<Result<ApplicationSubmitted>>;

public sealed record ApplicationSubmitted(Guid CooperativeId, string Status);
